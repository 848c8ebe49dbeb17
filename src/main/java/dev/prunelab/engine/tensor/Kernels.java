package dev.prunelab.engine.tensor;

/**
 * Chooses the matrix-multiply kernel once per process: native OpenBLAS when its library loads,
 * otherwise the portable {@link JavaGemm}. Setting the system property
 * {@code prunelab.gemm=java} forces the Java kernel (useful to compare).
 */
public final class Kernels {

    private static final Gemm GEMM = choose();

    private Kernels() {}

    /** The process-wide kernel. */
    public static Gemm gemm() {
        return GEMM;
    }

    private static Gemm choose() {
        if ("java".equals(System.getProperty("prunelab.gemm"))) {
            return new JavaGemm();
        }
        try {
            return new OpenBlasGemm();
        } catch (LinkageError | RuntimeException nativeLibraryMissing) {
            System.err.println(
                    "prunelab: native OpenBLAS unavailable (" + nativeLibraryMissing + "), using the pure-Java kernel");
            return new JavaGemm();
        }
    }
}
