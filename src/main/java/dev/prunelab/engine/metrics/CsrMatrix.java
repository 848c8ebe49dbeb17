package dev.prunelab.engine.metrics;

import dev.prunelab.engine.nn.Parameter;

/**
 * A weight matrix in compressed sparse row form: the non-zeros of row {@code r} (an output unit) are
 * {@code value[rowStart[r] .. rowStart[r+1])}, with their columns in {@code column}.
 */
final class CsrMatrix {

    final int rows;
    final int cols;
    final int[] rowStart;
    final int[] column;
    final float[] value;

    CsrMatrix(Parameter weight) {
        rows = weight.rows();
        cols = weight.cols();
        float[] w = weight.value();
        int nonZero = weight.countNonZero();
        rowStart = new int[rows + 1];
        column = new int[nonZero];
        value = new float[nonZero];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (w[r * cols + c] != 0f) {
                    column[k] = c;
                    value[k++] = w[r * cols + c];
                }
            }
            rowStart[r + 1] = k;
        }
    }

    /** Row {@code r} dotted with one input vector: {@code Σ value · x[xFrom + column]}, a gather per non-zero. */
    float dotRow(int r, float[] x, int xFrom) {
        float sum = 0f;
        for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
            sum += value[k] * x[xFrom + column[k]];
        }
        return sum;
    }

    /**
     * Row {@code r} applied to many inputs at once: {@code y[i] += Σ value · inputs[column][i]} for i in
     * [0, length), where {@code inputs[c]} holds input c of every position. Each non-zero costs one
     * multiply-add run over two arrays indexed alike, a loop the JIT vectorises (with an offset into either
     * array, JDK 17's C2 does not, which made it 2–4 times slower).
     */
    void accumulateRow(int r, float[][] inputs, float[] y, int length) {
        for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
            float a = value[k];
            float[] x = inputs[column[k]];
            for (int i = 0; i < length; i++) {
                y[i] += a * x[i];
            }
        }
    }

    /** Whether some row has a non-zero in each column (a column nobody uses need not be prepared). */
    boolean[] usedColumns() {
        boolean[] used = new boolean[cols];
        for (int c : column) {
            used[c] = true;
        }
        return used;
    }
}
