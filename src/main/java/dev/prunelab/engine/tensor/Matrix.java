package dev.prunelab.engine.tensor;

/**
 * A batch of rows stored row-major in one flat array: the activations that flow between layers.
 * A sample with channels and pixels (conv layers) is one row of {@code channels·height·width} values.
 *
 * <p>Deliberately tiny: hot code works on {@link #data} directly.
 */
public final class Matrix {

    public final int rows;
    public final int cols;
    public final float[] data;

    /**
     * Wraps existing values.
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @param data at least rows·cols values, row-major
     */
    public Matrix(int rows, int cols, float[] data) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("matrix shape must be >= 1x1, got " + rows + "x" + cols);
        }
        if (data.length < (long) rows * cols) {
            throw new IllegalArgumentException(
                    "data length must be >= rows*cols = " + (long) rows * cols + ", got " + data.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A zero matrix. */
    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols, new float[rows * cols]);
    }

    /**
     * Returns {@code reuse} when it already has this shape, a view of its array when that array is large
     * enough for {@code rows × cols}, else a new zero matrix: lets layers keep their buffers from one
     * mini-batch to the next without allocating, even when the last batch of an epoch is smaller. The
     * contents of a reused buffer are whatever was there; callers overwrite them.
     */
    public static Matrix reuseOrAllocate(Matrix reuse, int rows, int cols) {
        if (reuse != null && reuse.cols == cols && reuse.data.length >= (long) rows * cols) {
            return reuse.rows == rows ? reuse : new Matrix(rows, cols, reuse.data);
        }
        return zeros(rows, cols);
    }

    /** Index of the largest value in a row (first one on ties). */
    public int argmaxOfRow(int row) {
        int base = row * cols;
        int best = 0;
        for (int j = 1; j < cols; j++) {
            if (data[base + j] > data[base + best]) {
                best = j;
            }
        }
        return best;
    }
}
