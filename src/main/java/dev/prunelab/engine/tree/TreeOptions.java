package dev.prunelab.engine.tree;

import dev.prunelab.engine.data.Require;

/**
 * Growth settings of a CART classifier, with the meaning of scikit-learn's
 * {@code DecisionTreeClassifier} parameters of the same names.
 *
 * <pre>{@code
 * TreeOptions options = TreeOptions.defaults().withCriterion(Criterion.ENTROPY).withMaxDepth(4);
 * }</pre>
 *
 * @param criterion       impurity measure
 * @param maxDepth        maximum depth (root at depth 0), {@code >= 1}; {@link #NO_DEPTH_LIMIT} for none
 * @param minSamplesSplit a node with fewer samples is a leaf, {@code >= 2}
 * @param minSamplesLeaf  a split must leave at least this many samples on each side, {@code >= 1}
 */
public record TreeOptions(Criterion criterion, int maxDepth, int minSamplesSplit, int minSamplesLeaf) {

    /** scikit-learn's {@code max_depth=None}: grow until leaves are pure or cannot be split. */
    public static final int NO_DEPTH_LIMIT = Integer.MAX_VALUE;

    /**
     * @throws IllegalArgumentException when a value is outside its range, naming it
     */
    public TreeOptions {
        Require.notNull("criterion", criterion);
        Require.atLeast("maxDepth", maxDepth, 1);
        Require.atLeast("minSamplesSplit", minSamplesSplit, 2);
        Require.atLeast("minSamplesLeaf", minSamplesLeaf, 1);
    }

    /** scikit-learn's defaults: gini, no depth limit, min_samples_split 2, min_samples_leaf 1. */
    public static TreeOptions defaults() {
        return new TreeOptions(Criterion.GINI, NO_DEPTH_LIMIT, 2, 1);
    }

    public TreeOptions withCriterion(Criterion value) {
        return new TreeOptions(value, maxDepth, minSamplesSplit, minSamplesLeaf);
    }

    public TreeOptions withMaxDepth(int value) {
        return new TreeOptions(criterion, value, minSamplesSplit, minSamplesLeaf);
    }

    public TreeOptions withMinSamplesSplit(int value) {
        return new TreeOptions(criterion, maxDepth, value, minSamplesLeaf);
    }

    public TreeOptions withMinSamplesLeaf(int value) {
        return new TreeOptions(criterion, maxDepth, minSamplesSplit, value);
    }
}
