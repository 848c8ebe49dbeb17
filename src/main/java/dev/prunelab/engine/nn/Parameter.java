package dev.prunelab.engine.nn;

import java.util.Arrays;

/**
 * A trainable tensor with its gradient and, once pruned, its mask beside it (as in
 * {@code torch.nn.utils.prune}: the mask is never folded into the values until {@link #removeMask()}).
 *
 * <p>Invariant while a mask is set: every value whose mask entry is 0 is exactly 0. Optimizers keep it
 * by masking the gradient and the value after each step. Weights are stored as {@code rows × cols}
 * ({@code out × in} for dense layers, {@code filters × (channels·k·k)} for convolutions, PyTorch's
 * layout), so a structured unit (neuron, filter) is one row.
 */
public final class Parameter {

    private final String name;
    private final int rows;
    private final int cols;
    private final boolean prunable;
    private final float[] value;
    private float[] grad; // allocated on first use: a model used only for inference never needs it
    private float[] mask;

    /**
     * @param name for reports, e.g. {@code "fc1.weight"}
     * @param rows units (output neurons or filters); 1 for a bias
     * @param cols inputs per unit
     * @param prunable whether pruning may mask it (weights yes, biases no, as in the lab workloads)
     */
    public Parameter(String name, int rows, int cols, boolean prunable) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException(name + " shape must be >= 1x1, got " + rows + "x" + cols);
        }
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.prunable = prunable;
        this.value = new float[rows * cols];
    }

    public String name() {
        return name;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int size() {
        return value.length;
    }

    public boolean prunable() {
        return prunable;
    }

    /** The live values (the masked entries are zero). Mutate only through training or pruning. */
    public float[] value() {
        return value;
    }

    /** The gradient, allocated (zeroed) on the first call. */
    public float[] grad() {
        if (grad == null) {
            grad = new float[value.length];
        }
        return grad;
    }

    /** The current mask (1 keeps, 0 prunes), or {@code null} when never pruned or after {@link #removeMask()}. */
    public float[] mask() {
        return mask;
    }

    public boolean isPruned() {
        return mask != null;
    }

    /**
     * Sets the mask and zeroes the masked values. Callers combine successive masks before calling
     * (see {@code dev.prunelab.engine.prune.Pruner}), so a new mask here must not unprune.
     *
     * @param newMask one 0/1 entry per value
     */
    public void setMask(float[] newMask) {
        if (newMask.length != value.length) {
            throw new IllegalArgumentException(
                    "mask length must be " + value.length + " for " + name + ", got " + newMask.length);
        }
        mask = newMask.clone();
        applyMask();
    }

    /** Re-imposes the invariant: masked values and their gradient entries become exactly 0. */
    public void applyMask() {
        if (mask == null) {
            return;
        }
        for (int i = 0; i < value.length; i++) {
            value[i] = value[i] * mask[i] + 0f; // + 0f turns the -0.0 of a negative weight into +0.0
        }
        if (grad != null) {
            for (int i = 0; i < grad.length; i++) {
                grad[i] *= mask[i];
            }
        }
    }

    /** Makes pruning permanent: keeps the (zeroed) values and forgets the mask, like {@code prune.remove}. */
    public void removeMask() {
        mask = null;
    }

    /** Number of non-zero values. */
    public int countNonZero() {
        int nonZero = 0;
        for (float v : value) {
            if (v != 0f) {
                nonZero++;
            }
        }
        return nonZero;
    }

    /** Copies values and mask (not the gradient) from a parameter of the same shape. */
    public void copyFrom(Parameter other) {
        if (other.rows != rows || other.cols != cols) {
            throw new IllegalArgumentException("shape of " + other.name + " must be " + rows + "x" + cols + ", got "
                    + other.rows + "x" + other.cols);
        }
        System.arraycopy(other.value, 0, value, 0, value.length);
        mask = other.mask == null ? null : other.mask.clone();
    }

    /**
     * Copies the chosen rows and columns (values and mask) of a larger parameter into this one: the
     * physical removal of structured pruning.
     *
     * @param source the parameter to shrink
     * @param keptRows source rows, as many as this parameter's rows
     * @param keptCols source columns, as many as this parameter's columns
     */
    public void copySelection(Parameter source, int[] keptRows, int[] keptCols) {
        if (keptRows.length != rows || keptCols.length != cols) {
            throw new IllegalArgumentException(
                    "selection must be " + rows + "x" + cols + ", got " + keptRows.length + "x" + keptCols.length);
        }
        float[] sourceMask = source.mask;
        mask = sourceMask == null ? null : new float[value.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int from = keptRows[r] * source.cols + keptCols[c];
                value[r * cols + c] = source.value[from];
                if (mask != null) {
                    mask[r * cols + c] = sourceMask[from];
                }
            }
        }
    }

    /** Clears the gradient (a backward pass overwrites it anyway; this is for readers outside training). */
    public void zeroGrad() {
        if (grad != null) {
            Arrays.fill(grad, 0f);
        }
    }
}
