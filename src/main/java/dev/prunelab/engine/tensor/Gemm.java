package dev.prunelab.engine.tensor;

/**
 * Single-precision general matrix multiply on row-major flat arrays:
 * {@code C = op(A) · op(B) + beta · C}, where {@code op(X)} is X or its transpose.
 *
 * <p>Shapes are those of the <em>operands after</em> {@code op}: {@code op(A)} is m×k,
 * {@code op(B)} is k×n, C is m×n. A stored transposed is therefore k×m in memory.
 * Implementations must give the same bits for the same inputs on every call (no run-to-run
 * variation), which is what makes training reproducible.
 *
 * <pre>{@code
 * float[] c = new float[2 * 2];
 * Kernels.gemm().multiply(false, false, 2, 2, 3, a, b, 0f, c); // c = a(2x3) · b(3x2)
 * }</pre>
 */
public interface Gemm {

    /**
     * Computes {@code C = op(A) · op(B) + beta · C}.
     *
     * @param transposeA whether A is stored k×m and used transposed
     * @param transposeB whether B is stored n×k and used transposed
     * @param m rows of C
     * @param n columns of C
     * @param k the shared dimension
     * @param a the left operand, at least m·k values
     * @param b the right operand, at least k·n values
     * @param beta 0 to overwrite C, 1 to accumulate into it
     * @param c the result, at least m·n values
     */
    void multiply(
            boolean transposeA, boolean transposeB, int m, int n, int k, float[] a, float[] b, float beta, float[] c);

    /** A short name for reports, e.g. {@code "openblas"} or {@code "java"}. */
    String name();
}
