package dev.prunelab.engine.transformer;

import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.tensor.Kernels;

/**
 * A fully connected layer {@code y = x·Wᵀ + b} with the weight in PyTorch's (out, in) layout, so that an
 * output unit (a neuron, or one feature of a head) is one row. The weight is an engine {@link Parameter}:
 * pruning masks sit beside it as they do for the MLP and CNN layers.
 */
public final class Linear {

    private final Parameter weight;
    private final float[] bias;

    /**
     * @param name for reports, e.g. {@code "block0.q"}
     * @param outputs rows of the weight
     * @param inputs columns of the weight
     */
    Linear(String name, int outputs, int inputs) {
        this.weight = new Parameter(name + ".weight", outputs, inputs, true);
        this.bias = new float[outputs];
    }

    /** The weight, {@code outputs × inputs}. */
    public Parameter weight() {
        return weight;
    }

    /** The bias, one per output (live array; never pruned). */
    public float[] bias() {
        return bias;
    }

    public int outputs() {
        return weight.rows();
    }

    public int inputs() {
        return weight.cols();
    }

    /**
     * Computes {@code y = x·Wᵀ + b} for {@code rows} rows.
     *
     * @param x rows × inputs
     * @param y receives rows × outputs
     */
    void forward(float[] x, int rows, float[] y) {
        int out = outputs();
        // the bias goes in first and the product is accumulated onto it: a copy per row is a vectorised
        // intrinsic, where an add loop over two arrays at different offsets is not vectorised by the JIT
        for (int r = 0; r < rows; r++) {
            System.arraycopy(bias, 0, y, r * out, out);
        }
        Kernels.gemm().multiply(false, true, rows, out, inputs(), x, weight.value(), 1f, y);
    }

    /** An independent copy (values, mask, bias). */
    Linear copy() {
        Linear copy = new Linear(baseName(), outputs(), inputs());
        copy.weight.copyFrom(weight);
        System.arraycopy(bias, 0, copy.bias, 0, bias.length);
        return copy;
    }

    /**
     * The physical removal of structured pruning: a smaller layer with only the given rows (and their
     * biases) and columns.
     */
    Linear select(int[] rows, int[] columns) {
        Linear smaller = new Linear(baseName(), rows.length, columns.length);
        smaller.weight.copySelection(weight, rows, columns);
        for (int r = 0; r < rows.length; r++) {
            smaller.bias[r] = bias[rows[r]];
        }
        return smaller;
    }

    private String baseName() {
        String name = weight.name();
        return name.substring(0, name.length() - ".weight".length());
    }
}
