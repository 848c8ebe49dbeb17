package dev.prunelab.account;

/**
 * The range of a user's desired retention for flashcards (the recall probability a review is scheduled for): a
 * setting of the account, which the scheduler in {@code progress} reads and checks against the same bounds.
 */
public final class DesiredRetention {

    public static final double MIN = 0.7;
    public static final double MAX = 0.99;
    /** What a new account and every guest start with. */
    public static final double DEFAULT = 0.9;

    private DesiredRetention() {}

    /** @throws IllegalArgumentException naming the field and the allowed range, for a value outside it */
    public static void check(double desiredRetention) {
        if (!(desiredRetention >= MIN && desiredRetention <= MAX)) {
            throw new IllegalArgumentException(
                    "desiredRetention must be in [" + MIN + ", " + MAX + "], got " + desiredRetention);
        }
    }
}
