package dev.prunelab.engine.nn;

import dev.prunelab.engine.tensor.Matrix;

/**
 * An element-wise nonlinearity of any width: {@link #relu()} or {@link #tanh()}. Its backward pass
 * uses the derivative expressed through the saved output, which both functions allow.
 */
public final class Activation implements Layer {

    /** The function and its derivative written in terms of the output y = f(x). */
    public enum Kind {
        RELU {
            @Override
            void apply(float[] in, float[] out, int n) {
                for (int i = 0; i < n; i++) {
                    out[i] = Math.max(in[i], 0f);
                }
            }

            @Override
            void derivative(float[] y, float[] grad, float[] out, int n) {
                for (int i = 0; i < n; i++) {
                    out[i] = y[i] > 0f ? grad[i] : 0f;
                }
            }
        },
        TANH {
            @Override
            void apply(float[] in, float[] out, int n) {
                for (int i = 0; i < n; i++) {
                    out[i] = (float) Math.tanh(in[i]);
                }
            }

            @Override
            void derivative(float[] y, float[] grad, float[] out, int n) {
                for (int i = 0; i < n; i++) {
                    out[i] = grad[i] * (1f - y[i] * y[i]);
                }
            }
        };

        abstract void apply(float[] in, float[] out, int n);

        abstract void derivative(float[] y, float[] grad, float[] out, int n);
    }

    private final Kind kind;
    private final int width;
    private Matrix output;
    private Matrix gradInput;

    /**
     * @param kind the function
     * @param width values per sample, > 0
     */
    public Activation(Kind kind, int width) {
        Shapes.requirePositive("width", width);
        this.kind = kind;
        this.width = width;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public int inputSize() {
        return width;
    }

    @Override
    public int outputSize() {
        return width;
    }

    @Override
    public Matrix forward(Matrix input) {
        Shapes.requireColumns(kind.name().toLowerCase() + " input", input, width);
        output = Matrix.reuseOrAllocate(output, input.rows, width);
        kind.apply(input.data, output.data, input.rows * width);
        return output;
    }

    @Override
    public Matrix backward(Matrix gradOutput, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        gradInput = Matrix.reuseOrAllocate(gradInput, gradOutput.rows, width);
        kind.derivative(output.data, gradOutput.data, gradInput.data, gradOutput.rows * width);
        return gradInput;
    }

    /** The same function over another width (used when structured pruning shrinks the layer before it). */
    public Activation withWidth(int newWidth) {
        return new Activation(kind, newWidth);
    }

    @Override
    public Activation copy() {
        return new Activation(kind, width);
    }
}
