package dev.prunelab.engine.transformer.prune;

/**
 * SparseGPT's {@code U}: the upper triangular matrix with {@code H⁻¹ = UᵀU}, in float64, as PyTorch's
 * {@code cholesky(cholesky_inverse(cholesky(H)), upper=True)} gives it, in half the arithmetic. With J the
 * order-reversing permutation and JHJ = LLᵀ (L lower), H = (JLJ)(JLJ)ᵀ with JLJ upper, so
 * H⁻¹ = (J L⁻¹ J)ᵀ(J L⁻¹ J) and U = J·L⁻¹·J: one factorisation and one triangular inverse. The upper factor
 * with a positive diagonal is unique, so this is the same U.
 *
 * <p>Matrices are arrays of rows: every inner loop runs over two rows at the same index, which the JIT
 * vectorises (over one flat array at two offsets it does not).
 */
final class UpperCholesky {

    private UpperCholesky() {}

    /**
     * @param h a symmetric positive-definite matrix, n rows of n (not modified)
     * @return U, upper triangular (zeros below the diagonal), with H⁻¹ = UᵀU
     * @throws IllegalArgumentException when H is not positive definite
     */
    static double[][] ofInverse(double[][] h) {
        int n = h.length;
        double[][] reversed = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                reversed[i][j] = h[n - 1 - i][n - 1 - j];
            }
        }
        factor(reversed); // JHJ = RᵀR, so L = Rᵀ
        double[][] x = invertUpper(reversed); // R⁻¹ = L⁻ᵀ
        double[][] u = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                u[i][j] = x[n - 1 - j][n - 1 - i]; // (J L⁻¹ J)_ij = (L⁻¹)_(n-1-i, n-1-j) = (R⁻¹)_(n-1-j, n-1-i)
            }
        }
        return u;
    }

    /** In place: the upper factor R of A = RᵀR (right-looking); the strictly lower part is zeroed. */
    static void factor(double[][] a) {
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double[] rowK = a[k];
            double pivot = rowK[k];
            if (!(pivot > 0)) {
                throw new IllegalArgumentException("matrix must be positive definite, pivot " + k + " is " + pivot);
            }
            double d = Math.sqrt(pivot);
            rowK[k] = d;
            for (int j = k + 1; j < n; j++) {
                rowK[j] /= d;
            }
            for (int i = k + 1; i < n; i++) {
                double f = rowK[i];
                double[] rowI = a[i];
                for (int j = i; j < n; j++) {
                    rowI[j] -= f * rowK[j];
                }
                rowI[k] = 0;
            }
        }
    }

    /** The inverse of an upper triangular matrix, itself upper triangular. */
    static double[][] invertUpper(double[][] r) {
        int n = r.length;
        double[][] x = new double[n][n];
        for (int i = n - 1; i >= 0; i--) {
            double[] rowI = x[i];
            double inverseDiagonal = 1 / r[i][i];
            for (int k = i + 1; k < n; k++) {
                double f = r[i][k];
                double[] rowK = x[k];
                for (int j = k; j < n; j++) {
                    rowI[j] -= f * rowK[j];
                }
            }
            for (int j = i + 1; j < n; j++) {
                rowI[j] *= inverseDiagonal;
            }
            rowI[i] = inverseDiagonal;
        }
        return x;
    }
}
