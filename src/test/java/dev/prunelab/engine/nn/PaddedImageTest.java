package dev.prunelab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The run layout both convolution paths build on: what a run holds, and that the backward steps are adjoints. */
class PaddedImageTest {

    private static final int CHANNELS = 2;
    private static final int HEIGHT = 4;
    private static final int WIDTH = 5;
    private static final int KERNEL = 3;
    private static final int PADDING = 1;
    private static final int OUT_HEIGHT = HEIGHT + 2 * PADDING - KERNEL + 1;
    private static final int OUT_WIDTH = WIDTH + 2 * PADDING - KERNEL + 1;

    private final PaddedImage image = new PaddedImage(CHANNELS, HEIGHT, WIDTH, KERNEL, PADDING);

    /** Small integers, so sums of products are exact in float and adjoint identities hold bit for bit. */
    private static float[] integers(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextInt(-4, 5);
        }
        return values;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    @Test
    void eachRunHoldsWhatItsTapReadsAtEveryOutputPosition() {
        float[] batch = integers(3 * CHANNELS * HEIGHT * WIDTH, 1);
        int sample = 1;
        image.load(batch, sample);
        float[] run = new float[image.run()];
        float[] rows = new float[image.outputPixels()];
        for (int tap = 0; tap < image.taps(); tap++) {
            image.copyRun(tap, run, 0);
            image.copyOutputRows(run, 0, rows, 0);
            int c = tap / (KERNEL * KERNEL);
            int ky = tap % (KERNEL * KERNEL) / KERNEL;
            int kx = tap % KERNEL;
            for (int oy = 0; oy < OUT_HEIGHT; oy++) {
                for (int ox = 0; ox < OUT_WIDTH; ox++) {
                    int iy = oy + ky - PADDING;
                    int ix = ox + kx - PADDING;
                    boolean inside = iy >= 0 && iy < HEIGHT && ix >= 0 && ix < WIDTH;
                    float expected = inside ? batch[((sample * CHANNELS + c) * HEIGHT + iy) * WIDTH + ix] : 0f;
                    assertEquals(expected, rows[oy * OUT_WIDTH + ox], "tap " + tap + " at " + oy + "," + ox);
                }
            }
        }
    }

    @Test
    void runsAndTheirAdjointAgree() {
        // <im2col(x), g> = <x, col2im(g)> for every x and g is what makes col2im the input gradient
        float[] x = integers(CHANNELS * HEIGHT * WIDTH, 2);
        float[] g = integers(image.taps() * image.run(), 3);
        float[] columns = new float[g.length];
        image.load(x, 0);
        for (int tap = 0; tap < image.taps(); tap++) {
            image.copyRun(tap, columns, tap * image.run());
        }
        PaddedImage gradient = new PaddedImage(CHANNELS, HEIGHT, WIDTH, KERNEL, PADDING);
        gradient.clear();
        for (int tap = 0; tap < image.taps(); tap++) {
            gradient.addRun(tap, g, tap * image.run());
        }
        float[] gradX = new float[x.length];
        gradient.store(gradX, 0);
        assertEquals(dot(columns, g), dot(x, gradX));
    }

    @Test
    void outputRowsAndTheirAdjointAgree() {
        float[] runLayout = integers(image.run(), 4);
        float[] rowGradient = integers(image.outputPixels(), 5);
        float[] rows = new float[image.outputPixels()];
        float[] spread = integers(image.run(), 6); // stale values in the gaps must be overwritten by zeros
        image.copyOutputRows(runLayout, 0, rows, 0);
        image.spreadOutputRows(rowGradient, 0, spread, 0);
        assertEquals(dot(rows, rowGradient), dot(runLayout, spread));
    }

    @Test
    void rejectsGeometriesWithoutOutput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PaddedImage(1, 4, 2, 3, 0));
        assertEquals("output width must be > 0, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PaddedImage(1, 4, 4, 3, -1));
        assertEquals("padding must be >= 0, got -1", e.getMessage());
    }
}
