package dev.prunelab.engine.tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * {@link Gemm} backed by native OpenBLAS ({@code org.bytedeco:openblas}, shipped inside Maven jars).
 *
 * <p>OpenBLAS itself always runs single-threaded: a training run stays single-threaded (and so
 * reproducible whatever the machine's load), and independent runs of a sweep use the cores instead.
 * {@link #setThreads(int)} (used by the {@code gemm} benchmark) lets large products use more cores by
 * splitting the rows of C into blocks, one single-threaded OpenBLAS call per block on its own thread.
 * That beats OpenBLAS's own threading at the lab's shapes, where its thread hand-offs cost more than they
 * save; products too small to be worth splitting stay on the calling thread.
 *
 * <p>Operands are copied into per-thread native buffers rather than passed as {@code float[]}: JavaCPP
 * hands a Java array over by copying it in <em>and back out</em>, so for A and B (read-only) half of
 * that traffic is wasted, and the explicit copies are faster at the lab's shapes (the benchmarks say by how
 * much).
 */
public final class OpenBlasGemm implements Gemm {

    private static final int ROW_MAJOR = openblas_nolapack.CblasRowMajor;
    private static final int NO_TRANS = openblas_nolapack.CblasNoTrans;
    private static final int TRANS = openblas_nolapack.CblasTrans;

    /**
     * Products with fewer multiply-adds than this are not split. The operand copies into native memory stay on the
     * calling thread and are a large share of the time at lab sizes, so splitting a lab-sized product makes it
     * slower; only products well beyond them (a 512-cube) gain.
     */
    static final long SPLIT_MIN_MULTIPLY_ADDS = 1L << 25;
    /** Rows of C per block are a multiple of this (OpenBLAS's register blocking works on such strips). */
    private static final int ROW_GRAIN = 16;

    private static volatile int threads = 1;
    private static ExecutorService helpers;

    /** Loads the native library; throws (an {@link Error} or runtime exception) when it cannot. */
    public OpenBlasGemm() {
        openblas_nolapack.blas_set_num_threads(1);
    }

    /**
     * Sets how many threads one large product may use (process-wide; 1 by default).
     *
     * @param count in [1, 256]
     */
    public static synchronized void setThreads(int count) {
        if (count < 1 || count > 256) {
            throw new IllegalArgumentException("threads must be in [1, 256], got " + count);
        }
        if (helpers != null) {
            helpers.shutdown();
            helpers = null;
        }
        if (count > 1) {
            AtomicInteger number = new AtomicInteger();
            helpers = Executors.newFixedThreadPool(count - 1, r -> {
                Thread t = new Thread(r, "gemm-helper-" + number.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        threads = count;
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
    public void multiply(
            boolean transposeA, boolean transposeB, int m, int n, int k, float[] a, float[] b, float beta, float[] c) {
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
        int blocks = blocks(m, n, k);
        if (blocks == 1) {
            sgemmRows(transposeA, transposeB, 0, m, m, n, k, operands, lda, ldb, beta);
        } else {
            multiplyInBlocks(blocks, transposeA, transposeB, m, n, k, operands, lda, ldb, beta);
        }
        operands.c.get(c, 0, m * n);
    }

    /** How many row blocks to split C into: 1 unless several threads are allowed and the product is large. */
    private static int blocks(int m, int n, int k) {
        int allowed = threads;
        if (allowed == 1 || (long) m * n * k < SPLIT_MIN_MULTIPLY_ADDS) {
            return 1;
        }
        return Math.max(1, Math.min(allowed, m / ROW_GRAIN));
    }

    private void multiplyInBlocks(
            int blocks,
            boolean transposeA,
            boolean transposeB,
            int m,
            int n,
            int k,
            Buffers operands,
            int lda,
            int ldb,
            float beta) {
        int rowsPerBlock = (m + blocks - 1) / blocks;
        rowsPerBlock = (rowsPerBlock + ROW_GRAIN - 1) / ROW_GRAIN * ROW_GRAIN;
        ExecutorService pool = helpers;
        List<Future<?>> others = new ArrayList<>();
        for (int first = rowsPerBlock; first < m; first += rowsPerBlock) {
            int from = first;
            int to = Math.min(m, first + rowsPerBlock);
            others.add(
                    pool.submit(() -> sgemmRows(transposeA, transposeB, from, to, m, n, k, operands, lda, ldb, beta)));
        }
        sgemmRows(transposeA, transposeB, 0, Math.min(m, rowsPerBlock), m, n, k, operands, lda, ldb, beta);
        try {
            for (Future<?> other : others) {
                other.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while multiplying", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a matrix-multiply block failed", e.getCause());
        }
    }

    /** Rows [from, to) of C: op(A)'s rows start at row {@code from} (a column offset when A is transposed). */
    private static void sgemmRows(
            boolean transposeA,
            boolean transposeB,
            int from,
            int to,
            int m,
            int n,
            int k,
            Buffers operands,
            int lda,
            int ldb,
            float beta) {
        long aOffset = transposeA ? from : (long) from * k;
        FloatPointer aBlock = from == 0 ? operands.a : new FloatPointer(operands.a).position(aOffset);
        FloatPointer cBlock = from == 0 ? operands.c : new FloatPointer(operands.c).position((long) from * n);
        openblas_nolapack.cblas_sgemm(
                ROW_MAJOR,
                transposeA ? TRANS : NO_TRANS,
                transposeB ? TRANS : NO_TRANS,
                to - from,
                n,
                k,
                1f,
                aBlock,
                lda,
                operands.b,
                ldb,
                beta,
                cBlock,
                n);
    }

    @Override
    public String name() {
        return "openblas";
    }
}
