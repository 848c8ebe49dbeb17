package dev.prunelab.engine.transformer.prune;

/**
 * A validated one-shot pruning run: which method, which pattern, how sparse.
 *
 * @param method the criterion
 * @param pattern unstructured, or 2:4 (only at sparsity 0.5, and not with global magnitude)
 * @param sparsity fraction of each layer's weights (each row's, for Wanda) to prune, in (0, 1)
 */
public record OneShotSpec(OneShotMethod method, SparsityPattern pattern, double sparsity) {

    public OneShotSpec {
        if (method == null || pattern == null) {
            throw new IllegalArgumentException("method and pattern must be given");
        }
        if (!(sparsity > 0 && sparsity < 1)) {
            throw new IllegalArgumentException("sparsity must be in (0, 1), got " + sparsity);
        }
        if (pattern == SparsityPattern.TWO_FOUR && sparsity != 0.5) {
            throw new IllegalArgumentException("sparsity must be 0.5 for the 2:4 pattern, got " + sparsity);
        }
        if (pattern == SparsityPattern.TWO_FOUR && method == OneShotMethod.MAGNITUDE_GLOBAL) {
            throw new IllegalArgumentException("pattern must be unstructured for global magnitude, got 2:4");
        }
    }
}
