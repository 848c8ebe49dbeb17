package dev.prunelab.engine.prune;

/**
 * How much to prune, as in {@code torch.nn.utils.prune}: a fraction of the candidates (0..1) or an
 * absolute count. This class is the one place where an amount is validated.
 *
 * <pre>{@code
 * Amount.fraction(0.5).resolve(1000); // 500
 * Amount.count(30).resolve(1000);     // 30
 * }</pre>
 */
public final class Amount {

    private final double fraction;
    private final long count;

    private Amount(double fraction, long count) {
        this.fraction = fraction;
        this.count = count;
    }

    /**
     * @param fraction share of the still-unpruned candidates to prune, in [0, 1]
     */
    public static Amount fraction(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("amount fraction must be in [0, 1], got " + fraction);
        }
        return new Amount(fraction, -1);
    }

    /**
     * @param count number of still-unpruned candidates to prune, >= 0 (checked against the candidates in
     *              {@link #resolve})
     */
    public static Amount count(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("amount count must be >= 0, got " + count);
        }
        return new Amount(-1, count);
    }

    /**
     * The number to prune among {@code candidates}: {@code round(fraction · candidates)} or the count.
     *
     * @param candidates entries (or units) still unpruned, >= 0
     * @throws IllegalArgumentException when a count exceeds the candidates
     */
    public int resolve(int candidates) {
        if (count < 0) {
            return (int) Math.round(fraction * candidates);
        }
        if (count > candidates) {
            throw new IllegalArgumentException(
                    "amount count must be <= the " + candidates + " unpruned candidates, got " + count);
        }
        return (int) count;
    }

    @Override
    public String toString() {
        return count < 0 ? "fraction " + fraction : "count " + count;
    }
}
