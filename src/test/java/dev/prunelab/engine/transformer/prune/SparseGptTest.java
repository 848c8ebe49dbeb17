package dev.prunelab.engine.transformer.prune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * SparseGPT against a direct optimal-brain-surgeon computation (Hassibi &amp; Stork 1993) on tiny layers: the
 * Hessian is inverted here by Gauss–Jordan elimination, independently of the Cholesky route.
 */
class SparseGptTest {

    private static final int COLS = 6;
    private static final int SAMPLES = 40;

    @Test
    void upperFactorTimesItselfIsTheInverse() {
        double[] h = hessian(new Random(1), COLS);
        double[] u = flat(UpperCholesky.ofInverse(rows(h, COLS, COLS)));
        double[] inverse = invert(h, COLS);
        for (int i = 0; i < COLS; i++) {
            for (int j = 0; j < COLS; j++) {
                double sum = 0;
                for (int k = 0; k < COLS; k++) {
                    sum += u[k * COLS + i] * u[k * COLS + j];
                }
                assertThat(sum).isCloseTo(inverse[i * COLS + j], within(1e-9));
                if (i > j) {
                    assertThat(u[i * COLS + j]).isZero();
                }
            }
        }
    }

    @Test
    void pruningOneWeightIsTheObsUpdate() {
        Random random = new Random(2);
        double[] h = hessian(random, COLS);
        double[] w = {0.001, 0.8, -0.5, 0.9, -0.7, 0.6}; // column 0 is by far the cheapest to remove
        double[][] updated = {w.clone()};
        // one weight of six: sparsity 1/6 of a single block of one row
        boolean[] mask = SparseGpt.prune(updated, rows(h, COLS, COLS), SparsityPattern.UNSTRUCTURED, 1.0 / COLS + 1e-9);
        double[] pruned = updated[0];
        // OBS on the dampened Hessian: δw = −w_q / [H⁻¹]_qq · H⁻¹[q, :]
        double[] damped = dampened(h);
        double[] inverse = invert(damped, COLS);
        assertThat(mask).containsExactly(true, false, false, false, false, false);
        for (int j = 0; j < COLS; j++) {
            double expected = w[j] - w[0] / inverse[0] * inverse[j];
            assertThat(pruned[j]).isCloseTo(expected, within(1e-12));
        }
        assertThat(pruned[0]).isZero();
    }

    @Test
    void reconstructionBeatsMagnitudeOnTheLayerOutput() {
        Random random = new Random(3);
        double[] x = new double[SAMPLES * COLS];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() * (1 + i % COLS);
        }
        double[] h = new double[COLS * COLS];
        for (int s = 0; s < SAMPLES; s++) {
            for (int i = 0; i < COLS; i++) {
                for (int j = 0; j < COLS; j++) {
                    h[i * COLS + j] += 2 * x[s * COLS + i] * x[s * COLS + j];
                }
            }
        }
        int rows = 4;
        double[] w = new double[rows * COLS];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian();
        }
        double[][] sparseRows = rows(w, rows, COLS);
        SparseGpt.prune(sparseRows, rows(h, COLS, COLS), SparsityPattern.UNSTRUCTURED, 0.5);
        double[] sparse = flat(sparseRows);
        double[] magnitude = w.clone();
        boolean[] smallest = SparseGpt.lowest(abs(w), w.length / 2);
        for (int i = 0; i < w.length; i++) {
            magnitude[i] = smallest[i] ? 0 : w[i];
        }
        assertThat(outputError(x, w, sparse, rows)).isLessThan(outputError(x, w, magnitude, rows));
        assertThat(zeros(sparse)).isEqualTo(w.length / 2);
    }

    @Test
    void twoOfFourLeavesExactlyTwoInEveryGroup() {
        Random random = new Random(4);
        int cols = 8;
        double[] h = hessian(random, cols);
        double[] w = new double[3 * cols];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian();
        }
        double[][] pruned = rows(w, 3, cols);
        SparseGpt.prune(pruned, rows(h, cols, cols), SparsityPattern.TWO_FOUR, 0.5);
        w = flat(pruned);
        for (int g = 0; g < w.length; g += 4) {
            int zeros = 0;
            for (int i = g; i < g + 4; i++) {
                zeros += w[i] == 0 ? 1 : 0;
            }
            assertThat(zeros).isEqualTo(2);
        }
    }

    @Test
    void lowestTakesTiesInIndexOrder() {
        assertThat(SparseGpt.lowest(new double[] {2, 1, 1, 1, 0}, 3)).containsExactly(false, true, true, false, true);
    }

    private static double[][] rows(double[] flat, int rows, int cols) {
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * cols, out[r], 0, cols);
        }
        return out;
    }

    private static double[] flat(double[][] rows) {
        int cols = rows[0].length;
        double[] out = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, out, r * cols, cols);
        }
        return out;
    }

    private static double[] hessian(Random random, int n) {
        double[] x = new double[SAMPLES * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        double[] h = new double[n * n];
        for (int s = 0; s < SAMPLES; s++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    h[i * n + j] += 2 * x[s * n + i] * x[s * n + j];
                }
            }
        }
        return h;
    }

    private static double[] dampened(double[] h) {
        double[] d = h.clone();
        double mean = 0;
        for (int i = 0; i < COLS; i++) {
            mean += h[i * COLS + i] / COLS;
        }
        for (int i = 0; i < COLS; i++) {
            d[i * COLS + i] += SparseGpt.DAMPENING * mean;
        }
        return d;
    }

    /** Gauss–Jordan elimination with partial pivoting. */
    private static double[] invert(double[] a, int n) {
        double[] m = a.clone();
        double[] inv = new double[n * n];
        for (int i = 0; i < n; i++) {
            inv[i * n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r * n + c]) > Math.abs(m[pivot * n + c])) {
                    pivot = r;
                }
            }
            swapRows(m, n, c, pivot);
            swapRows(inv, n, c, pivot);
            double p = m[c * n + c];
            for (int j = 0; j < n; j++) {
                m[c * n + j] /= p;
                inv[c * n + j] /= p;
            }
            for (int r = 0; r < n; r++) {
                double f = m[r * n + c];
                if (r != c && f != 0) {
                    for (int j = 0; j < n; j++) {
                        m[r * n + j] -= f * m[c * n + j];
                        inv[r * n + j] -= f * inv[c * n + j];
                    }
                }
            }
        }
        return inv;
    }

    private static void swapRows(double[] m, int n, int a, int b) {
        for (int j = 0; j < n; j++) {
            double t = m[a * n + j];
            m[a * n + j] = m[b * n + j];
            m[b * n + j] = t;
        }
    }

    private static double outputError(double[] x, double[] w, double[] pruned, int rows) {
        double error = 0;
        for (int s = 0; s < SAMPLES; s++) {
            for (int r = 0; r < rows; r++) {
                double diff = 0;
                for (int c = 0; c < COLS; c++) {
                    diff += x[s * COLS + c] * (w[r * COLS + c] - pruned[r * COLS + c]);
                }
                error += diff * diff;
            }
        }
        return error;
    }

    private static double[] abs(double[] w) {
        double[] a = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            a[i] = Math.abs(w[i]);
        }
        return a;
    }

    private static int zeros(double[] w) {
        int zeros = 0;
        for (double v : w) {
            zeros += v == 0 ? 1 : 0;
        }
        return zeros;
    }
}
