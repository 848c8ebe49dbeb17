package dev.prunelab.engine.nn;

import dev.prunelab.engine.tensor.Kernels;
import dev.prunelab.engine.tensor.Matrix;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fully connected layer {@code y = x · Wᵀ + b}, W stored {@code out × in} (PyTorch's layout), so an
 * output neuron is one row of W: structured pruning removes rows here and columns in the next layer.
 *
 * <pre>{@code
 * Dense fc = new Dense("fc1", 64, 256, new SplittableRandom(0));
 * }</pre>
 */
public final class Dense implements Layer {

    private final Parameter weight;
    private final Parameter bias;
    private Matrix input;
    private Matrix output;
    private Matrix gradInput;

    /**
     * A layer initialised as PyTorch's {@code nn.Linear}.
     *
     * @param name prefix of the parameter names
     * @param inputs fan-in, > 0
     * @param outputs neurons, > 0
     * @param random the run's generator
     */
    public Dense(String name, int inputs, int outputs, SplittableRandom random) {
        this(name, inputs, outputs);
        Init.pytorchDefault(weight, bias, random);
    }

    private Dense(String name, int inputs, int outputs) {
        Shapes.requirePositive("inputs", inputs);
        Shapes.requirePositive("outputs", outputs);
        weight = new Parameter(name + ".weight", outputs, inputs, true);
        bias = new Parameter(name + ".bias", 1, outputs, false);
    }

    public Parameter weight() {
        return weight;
    }

    public Parameter bias() {
        return bias;
    }

    /** The common prefix of the parameter names. */
    public String name() {
        return weight.name().substring(0, weight.name().length() - ".weight".length());
    }

    @Override
    public int inputSize() {
        return weight.cols();
    }

    @Override
    public int outputSize() {
        return weight.rows();
    }

    @Override
    public Matrix forward(Matrix x) {
        Shapes.requireColumns("dense input", x, inputSize());
        input = x;
        output = Matrix.reuseOrAllocate(output, x.rows, outputSize());
        float[] out = output.data;
        float[] b = bias.value();
        int n = outputSize();
        for (int r = 0; r < x.rows; r++) {
            System.arraycopy(b, 0, out, r * n, n);
        }
        Kernels.gemm().multiply(false, true, x.rows, n, inputSize(), x.data, weight.value(), 1f, out);
        return output;
    }

    @Override
    public Matrix backward(Matrix gradOutput, boolean needInputGradient) {
        int batch = gradOutput.rows;
        int n = outputSize();
        // dW = dYᵀ · X  (out × batch · batch × in); overwriting (beta 0) spares copying the old gradient in
        Kernels.gemm().multiply(true, false, n, inputSize(), batch, gradOutput.data, input.data, 0f, weight.grad());
        float[] db = bias.grad();
        Arrays.fill(db, 0f);
        for (int r = 0; r < batch; r++) {
            int base = r * n;
            for (int j = 0; j < n; j++) {
                db[j] += gradOutput.data[base + j];
            }
        }
        if (!needInputGradient) {
            return null;
        }
        gradInput = Matrix.reuseOrAllocate(gradInput, batch, inputSize());
        Kernels.gemm()
                .multiply(false, false, batch, inputSize(), n, gradOutput.data, weight.value(), 0f, gradInput.data);
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }

    @Override
    public long denseMultiplyAdds() {
        return (long) weight.size();
    }

    @Override
    public long effectiveMultiplyAdds() {
        return weight.countNonZero();
    }

    /**
     * A copy keeping only some neurons and inputs (structured pruning's physical removal).
     *
     * @param keptOutputs neurons (rows of W) to keep, ascending
     * @param keptInputs inputs (columns of W) to keep, ascending
     */
    public Dense keep(int[] keptOutputs, int[] keptInputs) {
        Dense smaller = new Dense(name(), keptInputs.length, keptOutputs.length);
        smaller.weight.copySelection(weight, keptOutputs, keptInputs);
        smaller.bias.copySelection(bias, new int[] {0}, keptOutputs);
        return smaller;
    }

    @Override
    public Dense copy() {
        return keep(Indices.all(outputSize()), Indices.all(inputSize()));
    }
}
