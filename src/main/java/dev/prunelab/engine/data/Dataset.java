package dev.prunelab.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A labelled classification data set: {@code rows} samples of {@code cols} float features (row-major,
 * one flat array) and an integer class label in {@code [0, classes)} per sample. Immutable: every
 * accessor that returns an array returns a copy, every transformation returns a new data set.
 *
 * <pre>{@code
 * Dataset iris = Datasets.load("iris");        // 150 x 4, 3 classes
 * float petalLength = iris.value(0, 2);        // 1.4
 * Dataset scaled = Datasets.load("digits").dividedBy(16f); // pixels in [0, 1]
 * }</pre>
 */
public final class Dataset {

    private final String name;
    private final float[] features;
    private final int[] labels;
    private final int rows;
    private final int cols;
    private final int classes;
    private final List<String> featureNames;
    private final List<String> classNames;

    /**
     * Creates a data set; arrays are copied.
     *
     * @param name         short identifier, e.g. {@code "wine"}
     * @param features     {@code rows * cols} values, row-major
     * @param labels       one label per row, each in {@code [0, classes)}; its length defines {@code rows}
     * @param cols         number of features per row, {@code > 0}
     * @param classes      number of classes, {@code > 0}
     * @param featureNames {@code cols} names, or an empty list for {@code x0, x1, ...}
     * @param classNames   {@code classes} names, or an empty list for {@code 0, 1, ...}
     * @throws IllegalArgumentException on empty data, mismatched sizes or out-of-range labels
     */
    public Dataset(
            String name,
            float[] features,
            int[] labels,
            int cols,
            int classes,
            List<String> featureNames,
            List<String> classNames) {
        this.name = Require.notNull("name", name);
        Require.notNull("features", features);
        Require.notNull("labels", labels);
        this.rows = Require.positive("rows (labels.length)", labels.length);
        this.cols = Require.positive("cols", cols);
        this.classes = Require.positive("classes", classes);
        Require.sameSize("features.length", features.length, "rows * cols", Math.multiplyExact(rows, cols));
        for (int i = 0; i < rows; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(
                        "labels[" + i + "] must be in [0, " + (classes - 1) + "], got " + labels[i]);
            }
        }
        this.features = features.clone();
        this.labels = labels.clone();
        this.featureNames = namesOrDefault("featureNames", featureNames, cols, "x");
        this.classNames = namesOrDefault("classNames", classNames, classes, "");
    }

    private static List<String> namesOrDefault(String parameter, List<String> names, int count, String prefix) {
        if (names == null || names.isEmpty()) {
            List<String> generated = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                generated.add(prefix + i);
            }
            return List.copyOf(generated);
        }
        Require.sameSize(parameter + ".size()", names.size(), "the count", count);
        return List.copyOf(names);
    }

    public String name() {
        return name;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int classes() {
        return classes;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public List<String> classNames() {
        return classNames;
    }

    /** A copy of all features, row-major ({@code rows * cols}). */
    public float[] features() {
        return features.clone();
    }

    /** A copy of the labels, one per row. */
    public int[] labels() {
        return labels.clone();
    }

    /** Feature {@code col} of sample {@code row}. */
    public float value(int row, int col) {
        return features[row * cols + col];
    }

    /** The label of sample {@code row}. */
    public int label(int row) {
        return labels[row];
    }

    /** A copy of one sample's features. */
    public float[] row(int row) {
        return Arrays.copyOfRange(features, row * cols, (row + 1) * cols);
    }

    /** Number of samples per class, indexed by label. */
    public int[] classCounts() {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * The samples at the given row indices, in that order (repeats allowed).
     *
     * @throws IllegalArgumentException if {@code rowIndices} is empty or holds an index outside {@code [0, rows)}
     */
    public Dataset subset(int[] rowIndices) {
        Require.positive("rowIndices.length", Require.notNull("rowIndices", rowIndices).length);
        float[] picked = new float[rowIndices.length * cols];
        int[] pickedLabels = new int[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            int row = Require.inRange("rowIndices[" + i + "]", rowIndices[i], 0, rows - 1);
            System.arraycopy(features, row * cols, picked, i * cols, cols);
            pickedLabels[i] = labels[row];
        }
        return new Dataset(name, picked, pickedLabels, cols, classes, featureNames, classNames);
    }

    /**
     * The same samples with new feature values (same shape, labels and names).
     *
     * @throws IllegalArgumentException if {@code newFeatures.length != rows * cols}
     */
    public Dataset withFeatures(float[] newFeatures) {
        return new Dataset(name, newFeatures, labels, cols, classes, featureNames, classNames);
    }

    /**
     * Every feature divided by {@code divisor} in float arithmetic, as numpy does for a float32 array,
     * e.g. {@code digits.dividedBy(16f)} maps pixel intensities 0..16 to [0, 1].
     *
     * @throws IllegalArgumentException if {@code divisor} is zero or not finite
     */
    public Dataset dividedBy(float divisor) {
        if (divisor == 0 || !Float.isFinite(divisor)) {
            throw new IllegalArgumentException("divisor must be a finite non-zero number, got " + divisor);
        }
        float[] divided = new float[features.length];
        for (int i = 0; i < divided.length; i++) {
            divided[i] = features[i] / divisor;
        }
        return withFeatures(divided);
    }

    @Override
    public String toString() {
        return name + " (" + rows + " x " + cols + ", " + classes + " classes)";
    }
}
