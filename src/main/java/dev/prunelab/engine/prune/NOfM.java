package dev.prunelab.engine.prune;

/**
 * N:M semi-structured sparsity: in every group of m consecutive entries along a row, only the n
 * highest-scored survive (already-pruned entries count as losers). A trailing partial group keeps
 * at most n too. The amount is implied by the pattern (1 − n/m) and so is ignored.
 */
final class NOfM implements PruningMethod {

    private final int keep;
    private final int group;

    NOfM(int keep, int group) {
        if (group < 2 || group > 64) {
            throw new IllegalArgumentException("m must be in [2, 64], got " + group);
        }
        if (keep < 1 || keep >= group) {
            throw new IllegalArgumentException("n must be in [1, " + (group - 1) + "], got " + keep);
        }
        this.keep = keep;
        this.group = group;
    }

    @Override
    public float[] computeMask(float[] scores, float[] currentMask, int rows, int cols, Amount amount) {
        float[] mask = new float[currentMask.length];
        for (int r = 0; r < rows; r++) {
            for (int start = 0; start < cols; start += group) {
                int end = Math.min(cols, start + group);
                keepBest(scores, currentMask, mask, r * cols + start, r * cols + end);
            }
        }
        return mask;
    }

    /** Marks the {@code keep} best alive entries of [from, to) as kept (ties: lower index wins). */
    private void keepBest(float[] scores, float[] currentMask, float[] mask, int from, int to) {
        for (int kept = 0; kept < keep; kept++) {
            int best = -1;
            for (int i = from; i < to; i++) {
                boolean available = currentMask[i] != 0f && mask[i] == 0f;
                if (available && (best < 0 || scores[i] > scores[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                return;
            }
            mask[best] = 1f;
        }
    }
}
