package dev.prunelab.engine.metrics;

import dev.prunelab.engine.nn.Conv2d;
import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.nn.Layer;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.tensor.Matrix;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Inference with every weight matrix, dense and convolutional, stored in compressed sparse row form: the cost
 * follows the non-zeros, which shows when unstructured sparsity pays off (and when a dense BLAS kernel still
 * wins). Pooling and activations run as usual.
 *
 * <pre>{@code
 * Matrix logits = new CsrInference(prunedNetwork).forward(batch);
 * }</pre>
 */
public final class CsrInference {

    private final int inputSize;
    private final List<UnaryOperator<Matrix>> steps;

    /** Converts a copy of the network (later changes to it are not seen). */
    public CsrInference(Network network) {
        inputSize = network.inputSize();
        steps = network.layers().stream().map(CsrInference::step).toList();
    }

    private static UnaryOperator<Matrix> step(Layer layer) {
        if (layer instanceof Dense dense) {
            return new CsrDense(dense);
        }
        if (layer instanceof Conv2d conv) {
            return new CsrConv2d(conv);
        }
        return layer.copy()::forward;
    }

    /**
     * Logits for a batch, equal to the network's up to float rounding; the result is a buffer reused by the
     * next call.
     *
     * @param input one row per sample, as many columns as the network's input
     */
    public Matrix forward(Matrix input) {
        if (input.cols != inputSize) {
            throw new IllegalArgumentException("input must have " + inputSize + " columns, got " + input.cols);
        }
        Matrix x = input;
        for (UnaryOperator<Matrix> step : steps) {
            x = step.apply(x);
        }
        return x;
    }
}
