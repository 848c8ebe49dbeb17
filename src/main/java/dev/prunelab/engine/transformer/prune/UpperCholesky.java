package dev.prunelab.engine.transformer.prune;

/**
 * Dense float64 Cholesky algebra on row-major n×n arrays, for SparseGPT's {@code U = chol(H⁻¹)ᵀ}: the upper
 * triangular U with {@code H⁻¹ = UᵀU}, computed as PyTorch's
 * {@code cholesky(cholesky_inverse(cholesky(H)), upper=True)} does: factor H, invert through the factor,
 * factor the inverse.
 */
final class UpperCholesky {

    private UpperCholesky() {}

    /**
     * @param h a symmetric positive-definite matrix, n×n (not modified)
     * @param n its order
     * @return U, upper triangular (zeros below the diagonal), with H⁻¹ = UᵀU
     * @throws IllegalArgumentException when H is not positive definite
     */
    static double[] ofInverse(double[] h, int n) {
        double[] r = h.clone();
        factor(r, n); // H = RᵀR
        double[] x = invertUpper(r, n); // X = R⁻¹, so H⁻¹ = X·Xᵀ
        double[] inverse = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double sum = 0;
                for (int k = j; k < n; k++) {
                    sum += x[i * n + k] * x[j * n + k];
                }
                inverse[i * n + j] = sum;
                inverse[j * n + i] = sum;
            }
        }
        factor(inverse, n);
        return inverse;
    }

    /** In place: the upper factor R of A = RᵀR; the strictly lower part is zeroed. */
    static void factor(double[] a, int n) {
        for (int k = 0; k < n; k++) {
            double pivot = a[k * n + k];
            if (!(pivot > 0)) {
                throw new IllegalArgumentException("matrix must be positive definite, pivot " + k + " is " + pivot);
            }
            double d = Math.sqrt(pivot);
            a[k * n + k] = d;
            for (int j = k + 1; j < n; j++) {
                a[k * n + j] /= d;
            }
            for (int i = k + 1; i < n; i++) {
                double f = a[k * n + i];
                if (f == 0) {
                    continue;
                }
                int rowI = i * n;
                int rowK = k * n;
                for (int j = i; j < n; j++) {
                    a[rowI + j] -= f * a[rowK + j];
                }
            }
            for (int i = k + 1; i < n; i++) {
                a[i * n + k] = 0;
            }
        }
    }

    /** The inverse of an upper triangular matrix, itself upper triangular. */
    static double[] invertUpper(double[] r, int n) {
        double[] x = new double[n * n];
        for (int i = n - 1; i >= 0; i--) {
            double inverseDiagonal = 1 / r[i * n + i];
            x[i * n + i] = inverseDiagonal;
            for (int k = i + 1; k < n; k++) {
                double f = r[i * n + k];
                if (f == 0) {
                    continue;
                }
                for (int j = k; j < n; j++) {
                    x[i * n + j] -= f * x[k * n + j];
                }
            }
            for (int j = i + 1; j < n; j++) {
                x[i * n + j] *= inverseDiagonal;
            }
        }
        return x;
    }
}
