package dev.prunelab.engine.prune;

/**
 * The one abstract step of pruning (torch's {@code compute_mask}): from importance scores and the
 * current mask, compute the new mask. Entries already pruned stay pruned, and the amount counts only
 * what is still unpruned, so successive calls combine as in torch's {@code PruningContainer}.
 * Everything else (applying, global scope, making it permanent) is shared in {@link Pruner}.
 *
 * <p>Scores are laid out like the weight ({@code rows × cols}, a row = a neuron or filter); higher
 * means more important. Any {@link Criterion} plugs into any method.
 */
public interface PruningMethod {

    /**
     * @param scores importance per entry, rows·cols of them
     * @param currentMask 1 = kept, 0 = pruned, same length
     * @param rows units
     * @param cols entries per unit
     * @param amount how much of the unpruned part to prune (ignored by fixed patterns such as N:M)
     * @return a new mask that is 0 wherever {@code currentMask} is 0
     */
    float[] computeMask(float[] scores, float[] currentMask, int rows, int cols, Amount amount);

    /**
     * Whether the method ranks single entries: only such a method can rank several weights together
     * ({@link Scope#GLOBAL}), and it reaches a target sparsity exactly, by count ({@link Pruner#pruneTo}).
     */
    default boolean ranksSingleEntries() {
        return false;
    }

    /**
     * Whether the method removes whole rows (units): the output layer, whose rows are the classes, is then
     * left alone, and a removed unit's bias goes with it.
     */
    default boolean removesRows() {
        return false;
    }

    /** Unstructured: prunes the lowest-scored individual entries. */
    static PruningMethod unstructured() {
        return Unstructured.INSTANCE;
    }

    /**
     * Structured: prunes whole rows (neurons of a dense layer, filters of a convolution) with the lowest
     * Ln norm of their scores, like torch's {@code ln_structured(dim=0)}.
     *
     * @param norm the n of the Ln norm, 1 or 2
     */
    static PruningMethod rows(int norm) {
        return new StructuredRows(norm);
    }

    /**
     * Semi-structured N:M (e.g. 2:4, Ampere's sparse tensor cores): in each group of m consecutive
     * entries of a row, keeps the n best.
     *
     * @param n kept per group, in [1, m)
     * @param m group size, in [2, 64]
     */
    static PruningMethod nOfM(int n, int m) {
        return new NOfM(n, m);
    }
}
