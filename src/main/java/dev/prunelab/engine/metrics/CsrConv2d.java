package dev.prunelab.engine.metrics;

import dev.prunelab.engine.nn.Conv2d;
import dev.prunelab.engine.nn.PaddedImage;
import dev.prunelab.engine.tensor.Matrix;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * A convolution with its filters in CSR ({@code filters × (channels·k·k)}, one column per tap). Each sample
 * is copied into a {@link PaddedImage}, where what one tap reads for all output positions is one contiguous
 * run; only the runs of taps some non-zero weight uses are copied out. A filter's output is then the sum over
 * its non-zero weights of weight × run, copied out row by row without the run's gaps.
 */
final class CsrConv2d implements UnaryOperator<Matrix> {

    private final CsrMatrix filters;
    private final float[] bias;
    private final PaddedImage image;
    private final boolean[] tapUsed;
    private final float[][] tapRuns;
    private final float[] filterOutput;
    private Matrix output;

    CsrConv2d(Conv2d conv) {
        filters = new CsrMatrix(conv.weight());
        bias = conv.bias().value().clone();
        image = new PaddedImage(conv.channels(), conv.height(), conv.width(), conv.kernel(), conv.padding());
        tapUsed = filters.usedColumns();
        tapRuns = new float[image.taps()][image.run()];
        filterOutput = new float[image.run()];
    }

    @Override
    public Matrix apply(Matrix x) {
        int pixels = image.outputPixels();
        int outputSize = filters.rows * pixels;
        output = Matrix.reuseOrAllocate(output, x.rows, outputSize);
        for (int s = 0; s < x.rows; s++) {
            image.load(x.data, s);
            for (int t = 0; t < tapRuns.length; t++) {
                if (tapUsed[t]) {
                    image.copyRun(t, tapRuns[t], 0);
                }
            }
            for (int f = 0; f < filters.rows; f++) {
                Arrays.fill(filterOutput, bias[f]);
                filters.accumulateRow(f, tapRuns, filterOutput, filterOutput.length);
                image.copyOutputRows(filterOutput, 0, output.data, s * outputSize + f * pixels);
            }
        }
        return output;
    }
}
