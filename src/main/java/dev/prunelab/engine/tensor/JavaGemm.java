package dev.prunelab.engine.tensor;

import java.util.Arrays;

/**
 * Portable pure-Java {@link Gemm}: the fallback when no native BLAS can be loaded.
 *
 * <p>The inner loop is an axpy over a row of B ({@code c[i,:] += a[i,p] · b[p,:]}), which the JIT
 * vectorises; a transposed B is first copied into row-major k×n so that every case reduces to
 * that loop. About ten times slower than native OpenBLAS at the lab's shapes (see the README).
 */
public final class JavaGemm implements Gemm {

    @Override
    public void multiply(
            boolean transposeA, boolean transposeB, int m, int n, int k, float[] a, float[] b, float beta, float[] c) {
        float[] rowMajorB = transposeB ? transpose(b, n, k) : b;
        if (beta == 0f) {
            Arrays.fill(c, 0, m * n, 0f);
        } else if (beta != 1f) {
            for (int i = 0; i < m * n; i++) {
                c[i] *= beta;
            }
        }
        for (int i = 0; i < m; i++) {
            int cRow = i * n;
            for (int p = 0; p < k; p++) {
                float aip = transposeA ? a[p * m + i] : a[i * k + p];
                if (aip == 0f) {
                    continue; // pruned weights and ReLU zeros cost nothing here
                }
                int bRow = p * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += aip * rowMajorB[bRow + j];
                }
            }
        }
    }

    private static float[] transpose(float[] x, int rows, int cols) {
        float[] t = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = x[r * cols + c];
            }
        }
        return t;
    }

    @Override
    public String name() {
        return "java";
    }
}
