package dev.prunelab.engine.transformer.prune;

import dev.prunelab.engine.prune.Amount;

/** How many of n to prune at a fraction: floor(s·n), the references' count. */
final class Counts {

    private Counts() {}

    /**
     * floor(fraction · n), with a 1e-6 guard so that 0.7 · 384 gives 268 although it is 268.79999… in binary.
     * ({@link Amount#fraction} rounds to nearest instead; the MiniLM references floor, so the count is
     * computed here and passed on as {@link Amount#count}.)
     */
    static int of(double fraction, int n) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("sparsity must be in [0, 1), got " + fraction);
        }
        return (int) (fraction * n + 1e-6);
    }
}
