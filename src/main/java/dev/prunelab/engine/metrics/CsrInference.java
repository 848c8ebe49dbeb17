package dev.prunelab.engine.metrics;

import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.nn.Layer;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.tensor.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Inference with every dense layer's weight stored in compressed sparse row form: the cost follows
 * the non-zeros, which shows when unstructured sparsity pays off (and when a dense BLAS kernel still
 * wins). Convolutions, pooling and activations run as usual.
 *
 * <pre>{@code
 * Matrix logits = new CsrInference(prunedNetwork).forward(batch);
 * }</pre>
 */
public final class CsrInference {

    /** A dense layer in CSR: row j holds the non-zero weights of output neuron j. */
    private static final class CsrDense {
        final int outputs;
        final int[] rowStart;
        final int[] column;
        final float[] value;
        final float[] bias;

        CsrDense(Dense dense) {
            outputs = dense.outputSize();
            int inputs = dense.inputSize();
            float[] w = dense.weight().value();
            rowStart = new int[outputs + 1];
            int nonZero = dense.weight().countNonZero();
            column = new int[nonZero];
            value = new float[nonZero];
            int k = 0;
            for (int j = 0; j < outputs; j++) {
                for (int c = 0; c < inputs; c++) {
                    if (w[j * inputs + c] != 0f) {
                        column[k] = c;
                        value[k++] = w[j * inputs + c];
                    }
                }
                rowStart[j + 1] = k;
            }
            bias = dense.bias().value().clone();
        }

        Matrix forward(Matrix x) {
            Matrix y = Matrix.zeros(x.rows, outputs);
            for (int r = 0; r < x.rows; r++) {
                int in = r * x.cols;
                for (int j = 0; j < outputs; j++) {
                    float sum = bias[j];
                    for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
                        sum += value[k] * x.data[in + column[k]];
                    }
                    y.data[r * outputs + j] = sum;
                }
            }
            return y;
        }
    }

    private final List<Object> steps = new ArrayList<>();

    /** Converts a copy of the network (later changes to it are not seen). */
    public CsrInference(Network network) {
        for (Layer layer : network.layers()) {
            steps.add(layer instanceof Dense dense ? new CsrDense(dense) : layer.copy());
        }
    }

    /** Logits for a batch. */
    public Matrix forward(Matrix input) {
        Matrix x = input;
        for (Object step : steps) {
            x = step instanceof CsrDense csr ? csr.forward(x) : ((Layer) step).forward(x);
        }
        return x;
    }
}
