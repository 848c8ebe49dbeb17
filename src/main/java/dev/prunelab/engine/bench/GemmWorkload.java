package dev.prunelab.engine.bench;

import dev.prunelab.engine.tensor.Gemm;
import dev.prunelab.engine.tensor.Kernels;
import dev.prunelab.engine.tensor.OpenBlasGemm;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The {@code gemm} workload: sgemm GFLOP/s at the shapes of {@code sgemm_peak.py}, measured the same
 * way (about 2 GFLOP of work per repeat, best of 5 repeats after one warm-up call).
 */
final class GemmWorkload {

    /** m, k, n as listed in the reference script. */
    static final int[][] SHAPES = {{2048, 2048, 2048}, {512, 512, 512}, {64, 784, 300}, {32, 64, 256}, {32, 256, 128}};

    private static final int REPEATS = 5;

    private GemmWorkload() {}

    static void run(int threads, long seed, PrintStream out) {
        Gemm gemm = Kernels.gemm();
        if (gemm instanceof OpenBlasGemm) {
            OpenBlasGemm.setThreads(threads);
        }
        try {
            SplittableRandom random = new SplittableRandom(seed);
            for (int[] shape : SHAPES) {
                out.println(Json.object(measure(gemm, shape[0], shape[1], shape[2], threads, random)));
            }
        } finally {
            if (gemm instanceof OpenBlasGemm) {
                OpenBlasGemm.setThreads(1);
            }
        }
    }

    private static Map<String, Object> measure(Gemm gemm, int m, int k, int n, int threads, SplittableRandom random) {
        float[] a = randomMatrix(m * k, random);
        float[] b = randomMatrix(k * n, random);
        float[] c = new float[m * n];
        long reps = Math.max(1, (long) (2e9 / (2.0 * m * k * n)));
        // warm the JIT and the library as numpy's first call does, with more calls for tiny shapes
        for (int i = 0; i < Math.min(reps, 200); i++) {
            gemm.multiply(false, false, m, n, k, a, b, 0f, c);
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < REPEATS; r++) {
            long start = System.nanoTime();
            for (long i = 0; i < reps; i++) {
                gemm.multiply(false, false, m, n, k, a, b, 0f, c);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9 / reps);
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("workload", "gemm");
        line.put("engine", "prunelab-" + gemm.name());
        line.put("m", m);
        line.put("k", k);
        line.put("n", n);
        line.put("threads", threads);
        line.put("gflops", Json.round(2.0 * m * k * n / best / 1e9, 1));
        return line;
    }

    private static float[] randomMatrix(int size, SplittableRandom random) {
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = (float) random.nextDouble();
        }
        return x;
    }
}
