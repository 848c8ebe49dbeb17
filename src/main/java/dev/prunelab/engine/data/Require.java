package dev.prunelab.engine.data;

/**
 * Argument checks shared by the engine's public entry points. Each failure is an
 * {@link IllegalArgumentException} whose message names the parameter, the value and the allowed range,
 * e.g. {@code testFraction must be in (0, 1), got 1.2}, so callers (the web lab) can show it as is.
 */
public final class Require {

    private Require() {}

    /**
     * Checks {@code value > 0}.
     *
     * @return {@code value}, for use in field initialisers
     * @throws IllegalArgumentException {@code "rows must be > 0, got 0"}
     */
    public static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
        return value;
    }

    /** Checks {@code min <= value <= max}; message {@code "k must be in [2, 150], got 1"}. */
    public static int inRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    /** Checks {@code value >= min}; message {@code "minSamplesSplit must be >= 2, got 1"}. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /** Checks {@code 0 < value < 1}; message {@code "testFraction must be in (0, 1), got 1.2"}. */
    public static double openFraction(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), got " + value);
        }
        return value;
    }

    /** Checks that {@code value} is finite and {@code >= 0}; message {@code "noise must be a finite number >= 0, got -1.0"}. */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    /** Checks a non-null reference; message {@code "dataset must not be null"}. */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** Checks that two sizes agree; message {@code "features.length must be rows * cols = 12, got 10"}. */
    public static void sameSize(String name, int actual, String expectedText, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(
                    name + " must be " + expectedText + " = " + expected + ", got " + actual);
        }
    }
}
