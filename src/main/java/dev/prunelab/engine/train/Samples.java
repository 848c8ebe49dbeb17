package dev.prunelab.engine.train;

import dev.prunelab.engine.data.Dataset;

/**
 * Labelled examples as flat arrays: row i is {@code features[i·width .. (i+1)·width)} with class
 * {@code labels[i]}. The neural-network side's view of a data set split.
 *
 * @param features row-major values, {@code rows() · width} of them
 * @param labels one class index per row, each >= 0
 * @param width values per row, > 0
 */
public record Samples(float[] features, int[] labels, int width) {

    public Samples {
        if (width <= 0) {
            throw new IllegalArgumentException("width must be > 0, got " + width);
        }
        if (labels.length == 0) {
            throw new IllegalArgumentException("samples must hold at least 1 row, got 0");
        }
        if (features.length != (long) labels.length * width) {
            throw new IllegalArgumentException("features length must be rows*width = " + (long) labels.length * width
                    + ", got " + features.length);
        }
        for (int label : labels) {
            if (label < 0) {
                throw new IllegalArgumentException("labels must be >= 0, got " + label);
            }
        }
    }

    /** The rows of a loaded data set (one copy of its arrays, then read without copying). */
    public static Samples of(Dataset dataset) {
        return new Samples(dataset.features(), dataset.labels(), dataset.cols());
    }

    public int rows() {
        return labels.length;
    }

    /** Number of classes as 1 + the largest label. */
    public int classes() {
        int max = 0;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        return max + 1;
    }
}
