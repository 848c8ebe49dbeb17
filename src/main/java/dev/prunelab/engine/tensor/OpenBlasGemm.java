package dev.prunelab.engine.tensor;

import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * {@link Gemm} backed by native OpenBLAS ({@code org.bytedeco:openblas}, shipped inside Maven jars).
 *
 * <p>OpenBLAS is pinned to one thread by default: a training run stays single-threaded (and so
 * reproducible whatever the machine's load), and independent runs of a sweep use the cores instead.
 * The {@code gemm} benchmark raises the count with {@link #setThreads(int)}.
 */
public final class OpenBlasGemm implements Gemm {

    private static final int ROW_MAJOR = openblas_nolapack.CblasRowMajor;
    private static final int NO_TRANS = openblas_nolapack.CblasNoTrans;
    private static final int TRANS = openblas_nolapack.CblasTrans;

    /** Loads the native library; throws (an {@link Error} or runtime exception) when it cannot. */
    public OpenBlasGemm() {
        openblas_nolapack.blas_set_num_threads(1);
    }

    /**
     * Sets OpenBLAS's own thread count (process-wide).
     *
     * @param threads at least 1
     */
    public static void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        openblas_nolapack.blas_set_num_threads(threads);
    }

    @Override
    public void multiply(boolean transposeA, boolean transposeB, int m, int n, int k,
                         float[] a, float[] b, float beta, float[] c) {
        int lda = transposeA ? m : k;
        int ldb = transposeB ? k : n;
        openblas_nolapack.cblas_sgemm(ROW_MAJOR, transposeA ? TRANS : NO_TRANS, transposeB ? TRANS : NO_TRANS,
                m, n, k, 1f, a, lda, b, ldb, beta, c, n);
    }

    @Override
    public String name() {
        return "openblas";
    }
}
