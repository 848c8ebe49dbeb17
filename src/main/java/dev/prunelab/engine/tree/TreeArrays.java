package dev.prunelab.engine.tree;

import dev.prunelab.engine.data.Dataset;
import java.util.Arrays;
import java.util.List;

/** Growable flat node arrays indexed by node id, filled while a tree is built or copied. */
final class TreeArrays {

    private final int classes;
    private int count;
    private int[] left;
    private int[] right;
    private int[] feature;
    private double[] threshold;
    private double[] impurity;
    private int[] samples;
    private int[] depth;
    private int[] counts;

    TreeArrays(int classes, int capacity) {
        this.classes = classes;
        left = new int[capacity];
        right = new int[capacity];
        feature = new int[capacity];
        threshold = new double[capacity];
        impurity = new double[capacity];
        samples = new int[capacity];
        depth = new int[capacity];
        counts = new int[capacity * classes];
    }

    /** Appends a node as a leaf and links it to its parent ({@code parent < 0} for the root); returns its id. */
    int add(int parent, boolean isLeft, double nodeImpurity, int nodeSamples, int[] classCounts, int nodeDepth) {
        if (count == left.length) {
            grow(2 * count);
        }
        int id = count++;
        left[id] = DecisionTree.NONE;
        right[id] = DecisionTree.NONE;
        feature[id] = DecisionTree.NONE;
        threshold[id] = Double.NaN;
        impurity[id] = nodeImpurity;
        samples[id] = nodeSamples;
        depth[id] = nodeDepth;
        System.arraycopy(classCounts, 0, counts, id * classes, classes);
        if (parent >= 0) {
            if (isLeft) {
                left[parent] = id;
            } else {
                right[parent] = id;
            }
        }
        return id;
    }

    void setSplit(int id, int splitFeature, double splitThreshold) {
        feature[id] = splitFeature;
        threshold[id] = splitThreshold;
    }

    private void grow(int capacity) {
        left = Arrays.copyOf(left, capacity);
        right = Arrays.copyOf(right, capacity);
        feature = Arrays.copyOf(feature, capacity);
        threshold = Arrays.copyOf(threshold, capacity);
        impurity = Arrays.copyOf(impurity, capacity);
        samples = Arrays.copyOf(samples, capacity);
        depth = Arrays.copyOf(depth, capacity);
        counts = Arrays.copyOf(counts, capacity * classes);
    }

    DecisionTree toTree(Criterion criterion, Dataset data) {
        return toTree(criterion, data.cols(), data.featureNames(), data.classNames());
    }

    DecisionTree toTree(Criterion criterion, int featureCount, List<String> featureNames, List<String> classNames) {
        grow(count);
        return new DecisionTree(
                criterion,
                featureCount,
                classes,
                featureNames,
                classNames,
                left,
                right,
                feature,
                threshold,
                impurity,
                samples,
                depth,
                counts);
    }
}
