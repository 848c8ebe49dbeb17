package dev.prunelab.engine.metrics;

import dev.prunelab.engine.nn.Conv2d;
import dev.prunelab.engine.tensor.Matrix;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * A convolution with its filters in CSR ({@code filters × (channels·k·k)}, one column per tap). Each sample
 * is copied into a zero-padded image whose rows are {@code paddedWidth} apart; there, tap (c, ky, kx) of output
 * position (oy, ox) reads index {@code offset(c, ky, kx) + oy·paddedWidth + ox}, so what one tap reads for all
 * positions is one contiguous run of the image, copied out with a single {@code arraycopy} (im2col,
 * transposed, per sample). A filter's output is then the sum over its non-zero weights of weight × run. Runs
 * also cover the {@code kernel − 1} positions past the right edge of each output row; those are dropped when
 * the rows are copied out.
 */
final class CsrConv2d implements UnaryOperator<Matrix> {

    private final CsrMatrix filters;
    private final float[] bias;
    private final int channels;
    private final int height;
    private final int width;
    private final int padding;
    private final int paddedHeight;
    private final int paddedWidth;
    private final int outHeight;
    private final int outWidth;
    /** Output positions of one filter in padded-row layout, from (0, 0) to the last real one. */
    private final int run;
    private final int[] tapOffset;
    private final boolean[] tapUsed;
    private final float[] padded;
    private final float[][] tapRuns;
    private final float[] filterOutput;
    private Matrix output;

    CsrConv2d(Conv2d conv) {
        int kernel = conv.kernel();
        channels = conv.channels();
        height = conv.height();
        width = conv.width();
        padding = conv.padding();
        paddedHeight = height + 2 * padding;
        paddedWidth = width + 2 * padding;
        outHeight = paddedHeight - kernel + 1;
        outWidth = paddedWidth - kernel + 1;
        run = (outHeight - 1) * paddedWidth + outWidth;
        filters = new CsrMatrix(conv.weight());
        bias = conv.bias().value().clone();
        int taps = kernel * kernel;
        tapOffset = new int[filters.cols];
        for (int t = 0; t < tapOffset.length; t++) { // column c·k·k + ky·k + kx, PyTorch's layout
            tapOffset[t] = (t / taps * paddedHeight + t % taps / kernel) * paddedWidth + t % kernel;
        }
        tapUsed = filters.usedColumns();
        padded = new float[channels * paddedHeight * paddedWidth]; // the border stays zero
        tapRuns = new float[filters.cols][run];
        filterOutput = new float[run];
    }

    @Override
    public Matrix apply(Matrix x) {
        int pixels = outHeight * outWidth;
        int outputSize = filters.rows * pixels;
        output = Matrix.reuseOrAllocate(output, x.rows, outputSize);
        for (int s = 0; s < x.rows; s++) {
            gatherTapRuns(x.data, s * channels * height * width);
            for (int f = 0; f < filters.rows; f++) {
                Arrays.fill(filterOutput, bias[f]);
                filters.accumulateRow(f, tapRuns, filterOutput, run);
                int outBase = s * outputSize + f * pixels;
                for (int oy = 0; oy < outHeight; oy++) {
                    System.arraycopy(filterOutput, oy * paddedWidth, output.data, outBase + oy * outWidth, outWidth);
                }
            }
        }
        return output;
    }

    /** Pads one sample, then copies out the run every used tap reads. */
    private void gatherTapRuns(float[] in, int sampleBase) {
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                System.arraycopy(in, sampleBase + (c * height + y) * width, padded,
                        (c * paddedHeight + y + padding) * paddedWidth + padding, width);
            }
        }
        for (int t = 0; t < tapRuns.length; t++) {
            if (tapUsed[t]) {
                System.arraycopy(padded, tapOffset[t], tapRuns[t], 0, run);
            }
        }
    }
}
