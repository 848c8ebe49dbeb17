package dev.prunelab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prunelab.engine.tensor.Matrix;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The convolution against direct loops, on geometries that stress its padded-image layout. */
class Conv2dTest {

    private static final double TOLERANCE = 1e-5;

    @ParameterizedTest(name = "{0} channels, {1} filters, kernel {2}, padding {3}, {4}x{5}, batch {6}")
    @CsvSource({
        "1, 6, 5, 2, 28, 28, 3", // LeNet-5's first layer on MNIST
        "6, 16, 5, 2, 14, 14, 2", // and its second
        "2, 3, 3, 0, 5, 7, 2", // no padding, wider than high
        "3, 2, 4, 1, 6, 5, 2", // even kernel, higher than wide
        "2, 4, 1, 0, 3, 4, 1", // 1x1 kernel: no gaps between output rows
        "1, 2, 3, 3, 2, 2, 2", // more padding than image
        "2, 2, 5, 0, 5, 5, 3", // kernel as large as the input: one output position
    })
    void forwardMatchesDirectLoops(
            int channels, int filters, int kernel, int padding, int height, int width, int batch) {
        Conv2d conv = new Conv2d("conv", channels, filters, kernel, padding, height, width, new SplittableRandom(1));
        Matrix x = GradientCheck.randomMatrix(batch, conv.inputSize(), 2);
        float[] y = conv.forward(x).data;
        int outHeight = height + 2 * padding - kernel + 1;
        int outWidth = width + 2 * padding - kernel + 1;
        float[] w = conv.weight().value();
        for (int s = 0; s < batch; s++) {
            for (int f = 0; f < filters; f++) {
                for (int oy = 0; oy < outHeight; oy++) {
                    for (int ox = 0; ox < outWidth; ox++) {
                        double expected = conv.bias().value()[f];
                        for (int c = 0; c < channels; c++) {
                            for (int ky = 0; ky < kernel; ky++) {
                                for (int kx = 0; kx < kernel; kx++) {
                                    int iy = oy + ky - padding;
                                    int ix = ox + kx - padding;
                                    if (iy >= 0 && iy < height && ix >= 0 && ix < width) {
                                        expected += w[f * conv.weight().cols() + (c * kernel + ky) * kernel + kx]
                                                * x.data[s * conv.inputSize() + (c * height + iy) * width + ix];
                                    }
                                }
                            }
                        }
                        int at = s * conv.outputSize() + (f * outHeight + oy) * outWidth + ox;
                        assertEquals(
                                expected, y[at], TOLERANCE, "sample " + s + " filter " + f + " at " + oy + "," + ox);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} channels, {1} filters, kernel {2}, padding {3}, {4}x{5}")
    @CsvSource({"3, 2, 4, 1, 6, 5", "2, 3, 1, 0, 3, 4", "1, 2, 3, 3, 2, 2", "2, 2, 5, 0, 5, 5"})
    void gradientsMatchFiniteDifferences(int channels, int filters, int kernel, int padding, int height, int width) {
        Conv2d conv = new Conv2d("conv", channels, filters, kernel, padding, height, width, new SplittableRandom(3));
        GradientCheck.check(conv, GradientCheck.randomMatrix(2, conv.inputSize(), 4));
    }

    @Test
    void buffersReusedAcrossBatchSizesChangeNoResult() {
        Conv2d conv = new Conv2d("conv", 2, 3, 3, 1, 6, 5, new SplittableRandom(5));
        Matrix large = GradientCheck.randomMatrix(4, conv.inputSize(), 6);
        Matrix small = GradientCheck.randomMatrix(2, conv.inputSize(), 7);
        Matrix gradLarge = GradientCheck.randomMatrix(4, conv.outputSize(), 8);
        Matrix gradSmall = GradientCheck.randomMatrix(2, conv.outputSize(), 9);
        float[][] firstLarge = step(conv, large, gradLarge);
        step(conv, small, gradSmall); // as the last, smaller batch of an epoch
        float[][] secondLarge = step(conv, large, gradLarge);
        float[][] smallOnFreshLayer = step(conv.copy(), small, gradSmall);
        float[][] smallAgain = step(conv, small, gradSmall);
        for (int i = 0; i < firstLarge.length; i++) { // bit for bit: training must be reproducible
            assertArrayEquals(firstLarge[i], secondLarge[i]);
            assertArrayEquals(smallOnFreshLayer[i], smallAgain[i]);
        }
    }

    /** Output, input gradient, weight gradient and bias gradient of one forward and backward pass. */
    private static float[][] step(Conv2d conv, Matrix input, Matrix gradOutput) {
        Matrix output = conv.forward(input);
        float[] out = Arrays.copyOf(output.data, output.rows * output.cols);
        Matrix gradInput = conv.backward(gradOutput, true);
        return new float[][] {
            out,
            Arrays.copyOf(gradInput.data, gradInput.rows * gradInput.cols),
            conv.weight().grad().clone(),
            conv.bias().grad().clone()
        };
    }
}
