package dev.prunelab.engine.prune;

/** Prunes the lowest-scored unpruned entries (torch's {@code l1_unstructured} with L1 scores). */
final class Unstructured implements PruningMethod {

    static final Unstructured INSTANCE = new Unstructured();

    @Override
    public boolean ranksSingleEntries() {
        return true;
    }

    @Override
    public float[] computeMask(float[] scores, float[] currentMask, int rows, int cols, Amount amount) {
        boolean[] candidates = Selection.unpruned(currentMask);
        int k = amount.resolve(Selection.count(candidates));
        boolean[] pruned = Selection.lowest(scores, candidates, k);
        float[] mask = currentMask.clone();
        for (int i = 0; i < mask.length; i++) {
            if (pruned[i]) {
                mask[i] = 0f;
            }
        }
        return mask;
    }
}
