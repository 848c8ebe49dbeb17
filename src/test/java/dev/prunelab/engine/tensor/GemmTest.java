package dev.prunelab.engine.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Both kernels against a double-precision triple loop, for every transpose combination and beta. */
class GemmTest {

    private static final int M = 7;
    private static final int N = 5;
    private static final int K = 11;

    @Test
    void javaKernelMatchesReference() {
        checkAllCases(new JavaGemm());
    }

    @Test
    void chosenKernelMatchesReference() {
        checkAllCases(Kernels.gemm());
    }

    @Test
    void nativeKernelIsChosenWhenAvailable() {
        assertEquals("openblas", Kernels.gemm().name(), "OpenBLAS jars are on the classpath, so they should load");
    }

    private static void checkAllCases(Gemm gemm) {
        SplittableRandom random = new SplittableRandom(1);
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                for (float beta : new float[] {0f, 1f}) {
                    float[] a = random(M * K, random);
                    float[] b = random(K * N, random);
                    float[] c = random(M * N, random);
                    float[] expected = reference(ta, tb, a, b, beta, c);
                    gemm.multiply(ta, tb, M, N, K, a, b, beta, c);
                    assertArrayEquals(expected, c, 1e-4f, gemm.name() + " ta=" + ta + " tb=" + tb + " beta=" + beta);
                }
            }
        }
    }

    private static float[] reference(boolean ta, boolean tb, float[] a, float[] b, float beta, float[] c) {
        float[] out = new float[M * N];
        for (int i = 0; i < M; i++) {
            for (int j = 0; j < N; j++) {
                double sum = beta * c[i * N + j];
                for (int p = 0; p < K; p++) {
                    double av = ta ? a[p * M + i] : a[i * K + p];
                    double bv = tb ? b[j * K + p] : b[p * N + j];
                    sum += av * bv;
                }
                out[i * N + j] = (float) sum;
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
