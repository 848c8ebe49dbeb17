package dev.prunelab.engine.tensor;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * {@link Gemm} backed by native OpenBLAS ({@code org.bytedeco:openblas}, shipped inside Maven jars).
 *
 * <p>OpenBLAS is pinned to one thread by default: a training run stays single-threaded (and so
 * reproducible whatever the machine's load), and independent runs of a sweep use the cores instead.
 * The {@code gemm} benchmark raises the count with {@link #setThreads(int)}.
 *
 * <p>Operands are copied into per-thread native buffers rather than passed as {@code float[]}: JavaCPP
 * hands a Java array over by copying it in <em>and back out</em>, so for A and B (read-only) half of
 * that traffic is wasted; the explicit copies were 5–20% faster at the lab's shapes (see the README).
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

    /** Native copies of the operands, grown on demand; one set per thread so sweeps can run in parallel. */
    private static final class Buffers {
        private static final long INITIAL = 1 << 16;

        private FloatPointer a = new FloatPointer(INITIAL);
        private FloatPointer b = new FloatPointer(INITIAL);
        private FloatPointer c = new FloatPointer(INITIAL);

        /** Doubles on growth, so a run reallocates only a handful of times. */
        private static FloatPointer atLeast(FloatPointer buffer, long size) {
            if (buffer.capacity() >= size) {
                return buffer;
            }
            long grown = Math.max(size, 2 * buffer.capacity());
            buffer.close();
            return new FloatPointer(grown);
        }
    }

    private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(Buffers::new);

    @Override
    public void multiply(boolean transposeA, boolean transposeB, int m, int n, int k,
                         float[] a, float[] b, float beta, float[] c) {
        int lda = transposeA ? m : k;
        int ldb = transposeB ? k : n;
        Buffers operands = buffers.get();
        operands.a = Buffers.atLeast(operands.a, (long) m * k);
        operands.b = Buffers.atLeast(operands.b, (long) k * n);
        operands.c = Buffers.atLeast(operands.c, (long) m * n);
        operands.a.put(a, 0, m * k);
        operands.b.put(b, 0, k * n);
        if (beta != 0f) {
            operands.c.put(c, 0, m * n);
        }
        openblas_nolapack.cblas_sgemm(ROW_MAJOR, transposeA ? TRANS : NO_TRANS, transposeB ? TRANS : NO_TRANS,
                m, n, k, 1f, operands.a, lda, operands.b, ldb, beta, operands.c, n);
        operands.c.get(c, 0, m * n);
    }

    @Override
    public String name() {
        return "openblas";
    }
}
