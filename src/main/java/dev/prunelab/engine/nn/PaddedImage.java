package dev.prunelab.engine.nn;

import java.util.Arrays;

/**
 * One sample of a stride-1 convolution's input, copied into a zero-padded image whose rows are
 * {@code paddedWidth} apart. There, tap (c, ky, kx) of output position (oy, ox) reads index
 * {@code offset(c, ky, kx) + oy·paddedWidth + ox}, so what one tap reads for every output position is one
 * contiguous run of {@link #run()} values, copied out with a single {@code arraycopy} (im2col, transposed,
 * without a gather per value). A run also covers the {@code kernel − 1} positions past the right edge of each
 * output row but the last; results computed there are dropped by {@link #copyOutputRows}, and gradients there
 * are zero ({@link #spreadOutputRows}).
 *
 * <p>Shared by {@link Conv2d} (the runs of a batch side by side are the columns of one matrix multiply) and
 * CSR inference (one run per tap a non-zero weight uses). Each forward step has its adjoint beside it, for
 * back-propagation. Not thread-safe: it owns its image.
 *
 * <pre>{@code
 * PaddedImage image = new PaddedImage(1, 28, 28, 5, 2);
 * image.load(batch, 0);                      // sample 0
 * image.copyRun(tap, columns, tap * n);      // what tap reads for every output position of sample 0
 * }</pre>
 */
public final class PaddedImage {

    private final int channels;
    private final int height;
    private final int width;
    private final int padding;
    private final int paddedHeight;
    private final int paddedWidth;
    private final int outHeight;
    private final int outWidth;
    private final int run;
    private final int[] tapOffset;
    private final float[] image;

    /**
     * @param channels input channels, > 0
     * @param height input height
     * @param width input width
     * @param kernel kernel side, > 0
     * @param padding zeros on each side, >= 0; the output is {@code height + 2·padding − kernel + 1} high (> 0)
     *     and as wide by the same rule
     */
    public PaddedImage(int channels, int height, int width, int kernel, int padding) {
        Shapes.requirePositive("channels", channels);
        Shapes.requirePositive("kernel", kernel);
        if (padding < 0) {
            throw new IllegalArgumentException("padding must be >= 0, got " + padding);
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.padding = padding;
        paddedHeight = height + 2 * padding;
        paddedWidth = width + 2 * padding;
        outHeight = paddedHeight - kernel + 1;
        outWidth = paddedWidth - kernel + 1;
        Shapes.requirePositive("output height", outHeight);
        Shapes.requirePositive("output width", outWidth);
        run = (outHeight - 1) * paddedWidth + outWidth;
        int taps = kernel * kernel;
        tapOffset = new int[channels * taps];
        for (int t = 0; t < tapOffset.length; t++) { // column c·k·k + ky·k + kx, PyTorch's weight layout
            tapOffset[t] = (t / taps * paddedHeight + t % taps / kernel) * paddedWidth + t % kernel;
        }
        image = new float[channels * paddedHeight * paddedWidth];
    }

    /** Output positions of one filter in run layout, from (0, 0) to the last one, gaps included. */
    public int run() {
        return run;
    }

    /** Kernel taps ({@code channels·kernel²}), the columns of the weight. */
    public int taps() {
        return tapOffset.length;
    }

    /** Output positions of one filter without the gaps ({@code outHeight·outWidth}). */
    public int outputPixels() {
        return outHeight * outWidth;
    }

    /** Copies one sample (row {@code sample} of a batch laid out channel, row, column) inside the zero border. */
    public void load(float[] batch, int sample) {
        int sampleBase = sample * channels * height * width;
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                System.arraycopy(
                        batch,
                        sampleBase + (c * height + y) * width,
                        image,
                        (c * paddedHeight + y + padding) * paddedWidth + padding,
                        width);
            }
        }
    }

    /** The adjoint of {@link #load}: writes the image without its border into row {@code sample} of a batch. */
    void store(float[] batch, int sample) {
        int sampleBase = sample * channels * height * width;
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                System.arraycopy(
                        image,
                        (c * paddedHeight + y + padding) * paddedWidth + padding,
                        batch,
                        sampleBase + (c * height + y) * width,
                        width);
            }
        }
    }

    /** Copies what {@code tap} reads for every output position to {@code destination[at .. at + run)}. */
    public void copyRun(int tap, float[] destination, int at) {
        System.arraycopy(image, tapOffset[tap], destination, at, run);
    }

    /** The adjoint of {@link #copyRun}: adds {@code source[from .. from + run)} onto what {@code tap} reads. */
    void addRun(int tap, float[] source, int from) {
        int to = tapOffset[tap];
        for (int i = 0; i < run; i++) {
            image[to + i] += source[from + i];
        }
    }

    /** Zeros the whole image, border included (before accumulating with {@link #addRun}). */
    void clear() {
        Arrays.fill(image, 0f);
    }

    /**
     * Copies one filter's outputs from run layout ({@code source[from .. from + run)}) to
     * {@code destination[at .. at + outHeight·outWidth)}, row after row, dropping the gaps.
     */
    public void copyOutputRows(float[] source, int from, float[] destination, int at) {
        for (int oy = 0; oy < outHeight; oy++) {
            System.arraycopy(source, from + oy * paddedWidth, destination, at + oy * outWidth, outWidth);
        }
    }

    /** The adjoint of {@link #copyOutputRows}: lays rows out in run layout, with zeros in the gaps. */
    void spreadOutputRows(float[] source, int from, float[] destination, int at) {
        for (int oy = 0; oy < outHeight; oy++) {
            int rowStart = at + oy * paddedWidth;
            System.arraycopy(source, from + oy * outWidth, destination, rowStart, outWidth);
            if (oy + 1 < outHeight) {
                Arrays.fill(destination, rowStart + outWidth, rowStart + paddedWidth, 0f);
            }
        }
    }
}
