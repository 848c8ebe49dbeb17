package dev.prunelab.engine.metrics;

import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.tensor.Matrix;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * A dense layer with its weight in CSR. A batch is transposed into one array per input feature, so every
 * non-zero weight scales a feature across all samples in one vectorised run; a batch too small to pay for
 * the transpose takes each output as a dot product instead.
 */
final class CsrDense implements UnaryOperator<Matrix> {

    /** Below this many rows the dot products win: transposing costs more than it saves on a small batch. */
    private static final int MIN_ROWS_TO_TRANSPOSE = 16;

    private final CsrMatrix weight;
    private final float[] bias;
    private float[][] features = new float[0][];
    private float[] neuron = new float[0];
    private Matrix output;

    CsrDense(Dense dense) {
        weight = new CsrMatrix(dense.weight());
        bias = dense.bias().value().clone();
    }

    @Override
    public Matrix apply(Matrix x) {
        int outputs = weight.rows;
        output = Matrix.reuseOrAllocate(output, x.rows, outputs);
        float[] y = output.data;
        if (x.rows < MIN_ROWS_TO_TRANSPOSE) {
            for (int r = 0; r < x.rows; r++) {
                for (int j = 0; j < outputs; j++) {
                    y[r * outputs + j] = bias[j] + weight.dotRow(j, x.data, r * x.cols);
                }
            }
            return output;
        }
        transposeIntoFeatures(x);
        for (int j = 0; j < outputs; j++) {
            Arrays.fill(neuron, 0, x.rows, bias[j]);
            weight.accumulateRow(j, features, neuron, x.rows);
            for (int r = 0; r < x.rows; r++) {
                y[r * outputs + j] = neuron[r];
            }
        }
        return output;
    }

    private void transposeIntoFeatures(Matrix x) {
        if (neuron.length < x.rows) {
            features = new float[x.cols][x.rows];
            neuron = new float[x.rows];
        }
        for (int r = 0; r < x.rows; r++) {
            for (int c = 0; c < x.cols; c++) {
                features[c][r] = x.data[r * x.cols + c];
            }
        }
    }
}
