package dev.prunelab.engine.transformer.prune;

import dev.prunelab.engine.tensor.Kernels;
import dev.prunelab.engine.transformer.LinearInputs;
import dev.prunelab.engine.transformer.LinearRole;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Statistics of one block's linear-layer inputs over every calibration token, in float64: per input
 * feature the sum of squares Σ x_j² (Wanda's ‖X_j‖₂²), or the Hessian H = 2XᵀX (SparseGPT). Q, K and V
 * read the same input and share one array.
 *
 * <p>XᵀX is summed over chunks of {@value #CHUNK} tokens: each chunk's product runs in the float matrix
 * kernel (64 terms per entry), and the chunks are added up in float64.
 */
final class InputStatistics implements LinearInputs {

    static final int CHUNK = 64;

    private final boolean hessian;
    private final Map<LinearRole, double[]> byRole = new EnumMap<>(LinearRole.class);

    /** @param hessian true for 2XᵀX, false for per-feature sums of squares */
    InputStatistics(boolean hessian) {
        this.hessian = hessian;
    }

    /** The statistic of a layer's input: in values, or in × in for the Hessian (row-major). */
    double[] of(LinearRole role) {
        return byRole.get(role);
    }

    @Override
    public void accept(List<LinearRole> roles, float[] x, int rows, int columns) {
        double[] stats = byRole.get(roles.get(0));
        if (stats == null) {
            stats = new double[hessian ? columns * columns : columns];
            for (LinearRole role : roles) {
                byRole.put(role, stats);
            }
        }
        if (hessian) {
            addGram(stats, x, rows, columns);
        } else {
            for (int r = 0; r < rows; r++) {
                int base = r * columns;
                for (int c = 0; c < columns; c++) {
                    double v = x[base + c];
                    stats[c] += v * v;
                }
            }
        }
    }

    private static void addGram(double[] hessian, float[] x, int rows, int columns) {
        float[] chunk = new float[CHUNK * columns];
        float[] product = new float[columns * columns];
        for (int first = 0; first < rows; first += CHUNK) {
            int count = Math.min(CHUNK, rows - first);
            System.arraycopy(x, first * columns, chunk, 0, count * columns);
            Kernels.gemm().multiply(true, false, columns, columns, count, chunk, chunk, 0f, product);
            for (int i = 0; i < product.length; i++) {
                hessian[i] += 2.0 * product[i];
            }
        }
    }
}
