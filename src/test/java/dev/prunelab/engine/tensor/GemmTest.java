package dev.prunelab.engine.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Both kernels against a double-precision triple loop, for every transpose combination and beta. */
class GemmTest {

    @Test
    void javaKernelMatchesReference() {
        checkAllCases(new JavaGemm());
    }

    @Test
    void chosenKernelMatchesReference() {
        checkAllCases(Kernels.gemm());
    }

    @Test
    void largeProductsSplitOverThreadsGiveTheSameResults() {
        // 130×256×1024 = 34M multiply-adds: above the split threshold; 130 rows give blocks of 80 and 50
        assertEquals(true, 130L * 256 * 1024 >= OpenBlasGemm.SPLIT_MIN_MULTIPLY_ADDS);
        Gemm gemm = new OpenBlasGemm();
        OpenBlasGemm.setThreads(2);
        try {
            checkAllCases(gemm, 130, 1024, 256);
        } finally {
            OpenBlasGemm.setThreads(1);
        }
    }

    @Test
    void nativeKernelIsChosenWhenAvailable() {
        assertEquals("openblas", Kernels.gemm().name(), "OpenBLAS jars are on the classpath, so they should load");
    }

    private static void checkAllCases(Gemm gemm) {
        checkAllCases(gemm, 7, 5, 11);
    }

    private static void checkAllCases(Gemm gemm, int m, int n, int k) {
        SplittableRandom random = new SplittableRandom(1);
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                for (float beta : new float[] {0f, 1f}) {
                    float[] a = random(m * k, random);
                    float[] b = random(k * n, random);
                    float[] c = random(m * n, random);
                    float[] expected = reference(ta, tb, m, n, k, a, b, beta, c);
                    gemm.multiply(ta, tb, m, n, k, a, b, beta, c);
                    assertArrayEquals(expected, c, 1e-3f, gemm.name() + " ta=" + ta + " tb=" + tb + " beta=" + beta);
                }
            }
        }
    }

    private static float[] reference(
            boolean ta, boolean tb, int m, int n, int k, float[] a, float[] b, float beta, float[] c) {
        float[] out = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = beta * c[i * n + j];
                for (int p = 0; p < k; p++) {
                    double av = ta ? a[p * m + i] : a[i * k + p];
                    double bv = tb ? b[j * k + p] : b[p * n + j];
                    sum += av * bv;
                }
                out[i * n + j] = (float) sum;
            }
        }
        return out;
    }

    private static float[] random(int n, SplittableRandom random) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return x;
    }
}
