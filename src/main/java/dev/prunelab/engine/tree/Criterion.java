package dev.prunelab.engine.tree;

import java.util.Locale;

/**
 * Node impurity measures with scikit-learn's exact definitions (class counts as doubles, same
 * operation order), so trees and pruning paths match {@code DecisionTreeClassifier} to the last bits.
 */
public enum Criterion {

    /** Gini impurity {@code 1 - sum_k p_k^2}. */
    GINI {
        @Override
        double impurity(int[] counts, int offset, int classes, long sumOfSquares, int samples) {
            double weight = samples;
            return 1.0 - sumOfSquares / (weight * weight);
        }
    },

    /** Shannon entropy in bits, {@code -sum_k p_k log2 p_k} (scikit-learn's "entropy"/"log_loss"). */
    ENTROPY {
        @Override
        double impurity(int[] counts, int offset, int classes, long sumOfSquares, int samples) {
            double weight = samples;
            double entropy = 0.0;
            for (int c = 0; c < classes; c++) {
                int count = counts[offset + c];
                if (count > 0) {
                    double share = count / weight;
                    entropy -= share * (Math.log(share) / Holder.LN_2);
                }
            }
            return entropy;
        }
    };

    /** Enum constants cannot read their own static fields in their bodies; a holder can. */
    private static final class Holder {
        /** scikit-learn's log2(x) is ln(x) / ln(2.0): the same two roundings, computed once. */
        static final double LN_2 = Math.log(2.0);
    }

    /**
     * Impurity of a node holding {@code samples} samples with the given class counts.
     *
     * @param sumOfSquares sum over classes of count squared (used by Gini; exact as a long)
     */
    abstract double impurity(int[] counts, int offset, int classes, long sumOfSquares, int samples);

    /** Impurity computed from class counts alone. */
    double impurity(int[] counts, int offset, int classes, int samples) {
        long sumOfSquares = 0;
        for (int c = 0; c < classes; c++) {
            sumOfSquares += (long) counts[offset + c] * counts[offset + c];
        }
        return impurity(counts, offset, classes, sumOfSquares, samples);
    }

    /**
     * Parses {@code "gini"} or {@code "entropy"} (case-insensitive).
     *
     * @throws IllegalArgumentException for any other name, e.g. {@code criterion must be one of [gini, entropy], got mse}
     */
    public static Criterion parse(String name) {
        if (name != null) {
            for (Criterion criterion : values()) {
                if (criterion.name().equalsIgnoreCase(name.trim())) {
                    return criterion;
                }
            }
        }
        throw new IllegalArgumentException("criterion must be one of [gini, entropy], got " + name);
    }

    /** The lower-case name scikit-learn uses ({@code gini}, {@code entropy}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
