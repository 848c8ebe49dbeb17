package dev.prunelab.engine.nn;

import dev.prunelab.engine.tensor.Kernels;
import dev.prunelab.engine.tensor.Matrix;
import java.util.List;
import java.util.SplittableRandom;

/**
 * 2-D convolution, stride 1, square kernel, zero padding, computed as one matrix multiply per batch
 * (im2col). A sample row holds {@code channels × height × width} values; the weight is
 * {@code filters × (channels·k·k)} (PyTorch's layout flattened), so a filter is one row.
 *
 * <pre>{@code
 * Conv2d conv = new Conv2d("conv1", 1, 6, 5, 2, 28, 28, new SplittableRandom(0)); // 6×28×28 out
 * }</pre>
 */
public final class Conv2d implements Layer {

    private final String name;
    private final int channels;
    private final int filters;
    private final int kernel;
    private final int padding;
    private final int height;
    private final int width;
    private final int outHeight;
    private final int outWidth;
    private final Parameter weight;
    private final Parameter bias;
    private Matrix columns;
    private Matrix outputTransposed;
    private Matrix output;
    private Matrix gradTransposed;
    private Matrix gradColumns;
    private Matrix gradInput;

    /**
     * A layer initialised as PyTorch's {@code nn.Conv2d}.
     *
     * @param name prefix of the parameter names
     * @param channels input channels, > 0
     * @param filters output channels, > 0
     * @param kernel kernel side, > 0
     * @param padding zeros added on each side, >= 0
     * @param height input height; the output height is {@code height + 2·padding − kernel + 1} (> 0)
     * @param width input width
     * @param random the run's generator
     */
    public Conv2d(String name, int channels, int filters, int kernel, int padding, int height, int width,
                  SplittableRandom random) {
        this(name, channels, filters, kernel, padding, height, width);
        Init.pytorchDefault(weight, bias, random);
    }

    private Conv2d(String name, int channels, int filters, int kernel, int padding, int height, int width) {
        Shapes.requirePositive("channels", channels);
        Shapes.requirePositive("filters", filters);
        Shapes.requirePositive("kernel", kernel);
        if (padding < 0) {
            throw new IllegalArgumentException("padding must be >= 0, got " + padding);
        }
        this.name = name;
        this.channels = channels;
        this.filters = filters;
        this.kernel = kernel;
        this.padding = padding;
        this.height = height;
        this.width = width;
        this.outHeight = height + 2 * padding - kernel + 1;
        this.outWidth = width + 2 * padding - kernel + 1;
        Shapes.requirePositive("output height", outHeight);
        Shapes.requirePositive("output width", outWidth);
        weight = new Parameter(name + ".weight", filters, channels * kernel * kernel, true);
        bias = new Parameter(name + ".bias", 1, filters, false);
    }

    public Parameter weight() {
        return weight;
    }

    public Parameter bias() {
        return bias;
    }

    public int channels() {
        return channels;
    }

    public int filters() {
        return filters;
    }

    /** Kernel side. */
    public int kernel() {
        return kernel;
    }

    /** Zeros added on each side of the input. */
    public int padding() {
        return padding;
    }

    /** Input height. */
    public int height() {
        return height;
    }

    /** Input width. */
    public int width() {
        return width;
    }

    /** Output positions per filter (outHeight · outWidth). */
    public int outputPixels() {
        return outHeight * outWidth;
    }

    @Override
    public int inputSize() {
        return channels * height * width;
    }

    @Override
    public int outputSize() {
        return filters * outputPixels();
    }

    @Override
    public Matrix forward(Matrix input) {
        Shapes.requireColumns("conv input", input, inputSize());
        int batch = input.rows;
        int pixels = outputPixels();
        int patch = weight.cols();
        columns = Matrix.reuseOrAllocate(columns, batch * pixels, patch);
        im2col(input.data, batch, columns.data);
        outputTransposed = Matrix.reuseOrAllocate(outputTransposed, batch * pixels, filters);
        Kernels.gemm().multiply(false, true, batch * pixels, filters, patch, columns.data, weight.value(), 0f,
                outputTransposed.data);
        output = Matrix.reuseOrAllocate(output, batch, outputSize());
        float[] out = output.data;
        float[] outT = outputTransposed.data;
        float[] b = bias.value();
        for (int s = 0; s < batch; s++) {
            for (int f = 0; f < filters; f++) {
                int outBase = s * outputSize() + f * pixels;
                for (int p = 0; p < pixels; p++) {
                    out[outBase + p] = outT[(s * pixels + p) * filters + f] + b[f];
                }
            }
        }
        return output;
    }

    @Override
    public Matrix backward(Matrix gradOutput, boolean needInputGradient) {
        int batch = gradOutput.rows;
        int pixels = outputPixels();
        int patch = weight.cols();
        gradTransposed = Matrix.reuseOrAllocate(gradTransposed, batch * pixels, filters);
        float[] gT = gradTransposed.data;
        float[] db = bias.grad();
        for (int s = 0; s < batch; s++) {
            for (int f = 0; f < filters; f++) {
                int base = s * outputSize() + f * pixels;
                float sum = 0f;
                for (int p = 0; p < pixels; p++) {
                    float g = gradOutput.data[base + p];
                    gT[(s * pixels + p) * filters + f] = g;
                    sum += g;
                }
                db[f] = s == 0 ? sum : db[f] + sum;
            }
        }
        Kernels.gemm().multiply(true, false, filters, patch, batch * pixels, gT, columns.data, 0f, weight.grad());
        if (!needInputGradient) {
            return null;
        }
        gradColumns = Matrix.reuseOrAllocate(gradColumns, batch * pixels, patch);
        Kernels.gemm().multiply(false, false, batch * pixels, patch, filters, gT, weight.value(), 0f, gradColumns.data);
        gradInput = Matrix.reuseOrAllocate(gradInput, batch, inputSize());
        java.util.Arrays.fill(gradInput.data, 0f);
        col2im(gradColumns.data, batch, gradInput.data);
        return gradInput;
    }

    /** Gathers each output position's receptive field into one row (zeros where padding). */
    private void im2col(float[] in, int batch, float[] cols) {
        forEachTap(batch, (row, column, source) -> cols[row + column] = source < 0 ? 0f : in[source]);
    }

    /** The adjoint of {@link #im2col}: adds each row's values back onto the input positions. */
    private void col2im(float[] cols, int batch, float[] gradIn) {
        forEachTap(batch, (row, column, source) -> {
            if (source >= 0) {
                gradIn[source] += cols[row + column];
            }
        });
    }

    private interface Tap {
        void visit(int rowOffset, int column, int sourceIndex);
    }

    /** Visits every (patch row, patch column, input index or −1 for padding) of the batch. */
    private void forEachTap(int batch, Tap tap) {
        int patch = weight.cols();
        for (int s = 0; s < batch; s++) {
            for (int oy = 0; oy < outHeight; oy++) {
                for (int ox = 0; ox < outWidth; ox++) {
                    int rowOffset = ((s * outHeight + oy) * outWidth + ox) * patch;
                    int column = 0;
                    for (int c = 0; c < channels; c++) {
                        int channelBase = s * inputSize() + c * height * width;
                        for (int ky = 0; ky < kernel; ky++) {
                            int iy = oy + ky - padding;
                            for (int kx = 0; kx < kernel; kx++, column++) {
                                int ix = ox + kx - padding;
                                boolean inside = iy >= 0 && iy < height && ix >= 0 && ix < width;
                                tap.visit(rowOffset, column, inside ? channelBase + iy * width + ix : -1);
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }

    @Override
    public long denseMultiplyAdds() {
        return (long) weight.size() * outputPixels();
    }

    @Override
    public long effectiveMultiplyAdds() {
        return (long) weight.countNonZero() * outputPixels();
    }

    /**
     * A copy keeping only some filters and input channels (structured pruning's physical removal).
     *
     * @param keptFilters indices of filters (rows) to keep, ascending
     * @param keptChannels indices of input channels to keep, ascending
     */
    public Conv2d keep(int[] keptFilters, int[] keptChannels) {
        Conv2d smaller = new Conv2d(name, keptChannels.length, keptFilters.length, kernel, padding, height, width);
        int taps = kernel * kernel;
        int[] keptColumns = new int[keptChannels.length * taps];
        for (int i = 0; i < keptChannels.length; i++) {
            for (int t = 0; t < taps; t++) {
                keptColumns[i * taps + t] = keptChannels[i] * taps + t;
            }
        }
        smaller.weight.copySelection(weight, keptFilters, keptColumns);
        smaller.bias.copySelection(bias, new int[] {0}, keptFilters);
        return smaller;
    }

    @Override
    public Conv2d copy() {
        return keep(Indices.all(filters), Indices.all(channels));
    }
}
