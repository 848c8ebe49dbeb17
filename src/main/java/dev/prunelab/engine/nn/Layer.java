package dev.prunelab.engine.nn;

import dev.prunelab.engine.tensor.Matrix;
import java.util.List;

/**
 * One step of a {@link Network}: a forward pass that remembers what its backward pass needs, and the
 * backward pass right beside it. Inputs and outputs are batches (one row per sample).
 *
 * <p>Layers reuse their output buffers between calls, so a returned matrix is valid until the next
 * call of the same method.
 */
public interface Layer {

    /** Values per input sample. */
    int inputSize();

    /** Values per output sample. */
    int outputSize();

    /**
     * @param input one row per sample, {@link #inputSize()} columns
     * @return one row per sample, {@link #outputSize()} columns
     */
    Matrix forward(Matrix input);

    /**
     * Back-propagates through the last {@link #forward}: accumulates parameter gradients and returns
     * the gradient with respect to that forward's input.
     *
     * @param gradOutput dLoss/dOutput, same shape as the last output
     * @param needInputGradient false for the first layer, which saves its largest multiply
     * @return dLoss/dInput, or {@code null} when not needed
     */
    Matrix backward(Matrix gradOutput, boolean needInputGradient);

    /** Trainable parameters (empty for activations and pooling). */
    default List<Parameter> parameters() {
        return List.of();
    }

    /** Multiply-accumulates per sample with every weight counted (dense cost). */
    default long denseMultiplyAdds() {
        return 0;
    }

    /** Multiply-accumulates per sample counting only non-zero weights (what a sparse kernel needs). */
    default long effectiveMultiplyAdds() {
        return 0;
    }

    /** A new layer of the same structure and values (masks included), sharing nothing. */
    Layer copy();
}
