package dev.prunelab.engine.nn;

import dev.prunelab.engine.tensor.Matrix;
import java.util.Arrays;

/**
 * 2×2 max pooling with stride 2 per channel (odd trailing rows/columns dropped, as PyTorch does).
 * The backward pass routes each gradient to the input that won the max (first one on ties).
 */
public final class MaxPool2d implements Layer {

    private final int channels;
    private final int height;
    private final int width;
    private final int outHeight;
    private final int outWidth;
    private int[] winners;
    private Matrix output;
    private Matrix gradInput;

    /**
     * @param channels channels, > 0
     * @param height input height, >= 2
     * @param width input width, >= 2
     */
    public MaxPool2d(int channels, int height, int width) {
        Shapes.requirePositive("channels", channels);
        if (height < 2 || width < 2) {
            throw new IllegalArgumentException("pooling input must be >= 2x2, got " + height + "x" + width);
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.outHeight = height / 2;
        this.outWidth = width / 2;
    }

    @Override
    public int inputSize() {
        return channels * height * width;
    }

    @Override
    public int outputSize() {
        return channels * outHeight * outWidth;
    }

    @Override
    public Matrix forward(Matrix input) {
        Shapes.requireColumns("pooling input", input, inputSize());
        output = Matrix.reuseOrAllocate(output, input.rows, outputSize());
        if (winners == null || winners.length != output.data.length) {
            winners = new int[output.data.length];
        }
        float[] in = input.data;
        int o = 0;
        for (int plane = 0; plane < input.rows * channels; plane++) {
            int base = plane * height * width;
            for (int oy = 0; oy < outHeight; oy++) {
                for (int ox = 0; ox < outWidth; ox++, o++) {
                    int best = base + 2 * oy * width + 2 * ox;
                    int[] candidates = {best + 1, best + width, best + width + 1};
                    for (int c : candidates) {
                        if (in[c] > in[best]) {
                            best = c;
                        }
                    }
                    winners[o] = best;
                    output.data[o] = in[best];
                }
            }
        }
        return output;
    }

    @Override
    public Matrix backward(Matrix gradOutput, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        gradInput = Matrix.reuseOrAllocate(gradInput, gradOutput.rows, inputSize());
        Arrays.fill(gradInput.data, 0f);
        for (int o = 0; o < gradOutput.rows * outputSize(); o++) {
            gradInput.data[winners[o]] += gradOutput.data[o];
        }
        return gradInput;
    }

    /** The same pooling over fewer channels (after filter pruning shrank the convolution before it). */
    public MaxPool2d withChannels(int newChannels) {
        return new MaxPool2d(newChannels, height, width);
    }

    @Override
    public MaxPool2d copy() {
        return withChannels(channels);
    }
}
