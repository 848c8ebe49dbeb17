package dev.prunelab.engine.transformer.prune;

import java.util.Arrays;

/**
 * SparseGPT (Frantar &amp; Alistarh 2023, Algorithm 1, following the authors' {@code fasterprune}) for one
 * weight matrix, in float64:
 *
 * <ol>
 *   <li>dead inputs (H_jj = 0) get H_jj = 1 and their weights zeroed; H += λI with λ = 0.01·mean(diag H);
 *   <li>U = the upper Cholesky factor of H⁻¹;
 *   <li>columns are visited in blocks of 128; the unstructured mask of a block is chosen when the block is
 *       reached, from the weights as updated so far: the floor(s·rows·128) smallest W²/U_jj²; for 2:4, at
 *       every 4th column each row drops the 2 smallest W²/U_jj² of the next four;
 *   <li>each column's error err = (w − q)/U_ii updates the block's later columns, W[:, i:] −= err·U[i, i:],
 *       and the later blocks at once at the block's end (the lazy batched update).
 * </ol>
 *
 * Ties go to the lower index (a stable order), and exactly floor(s·n) weights are pruned per block.
 */
final class SparseGpt {

    static final int BLOCK = 128;
    static final double DAMPENING = 0.01;

    private SparseGpt() {}

    /**
     * @param weight rows × cols, (out, in) layout; updated in place (pruned entries become exactly 0)
     * @param rows outputs
     * @param cols inputs
     * @param hessian 2XᵀX, cols × cols (not modified)
     * @param pattern unstructured or 2:4
     * @param sparsity fraction pruned per block (0.5 for 2:4)
     * @return the mask, true where a weight was pruned
     */
    static boolean[] prune(
            double[] weight, int rows, int cols, double[] hessian, SparsityPattern pattern, double sparsity) {
        double[] h = hessian.clone();
        double diagonalSum = 0;
        for (int j = 0; j < cols; j++) {
            if (h[j * cols + j] == 0) {
                h[j * cols + j] = 1;
                for (int r = 0; r < rows; r++) {
                    weight[r * cols + j] = 0;
                }
            }
            diagonalSum += h[j * cols + j];
        }
        double lambda = DAMPENING * diagonalSum / cols;
        for (int j = 0; j < cols; j++) {
            h[j * cols + j] += lambda;
        }
        double[] u = UpperCholesky.ofInverse(h, cols);
        boolean[] pruned = new boolean[rows * cols];
        for (int first = 0; first < cols; first += BLOCK) {
            int end = Math.min(cols, first + BLOCK);
            pruneBlock(weight, rows, cols, u, first, end, pattern, sparsity, pruned);
        }
        return pruned;
    }

    private static void pruneBlock(
            double[] w,
            int rows,
            int cols,
            double[] u,
            int first,
            int end,
            SparsityPattern pattern,
            double sparsity,
            boolean[] pruned) {
        int width = end - first;
        double[] err = new double[rows * width];
        if (pattern == SparsityPattern.UNSTRUCTURED) {
            double[] scores = new double[rows * width];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < width; i++) {
                    double d = u[(first + i) * cols + first + i];
                    double v = w[r * cols + first + i];
                    scores[r * width + i] = v * v / (d * d);
                }
            }
            boolean[] chosen = lowest(scores, Counts.of(sparsity, scores.length));
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < width; i++) {
                    pruned[r * cols + first + i] = chosen[r * width + i];
                }
            }
        }
        for (int i = 0; i < width; i++) {
            int col = first + i;
            if (pattern == SparsityPattern.TWO_FOUR && i % 4 == 0) {
                chooseTwoOfFour(w, rows, cols, u, col, Math.min(end, col + 4), pruned);
            }
            double d = u[col * cols + col];
            int uRow = col * cols;
            for (int r = 0; r < rows; r++) {
                int at = r * cols + col;
                double value = w[at];
                double kept = pruned[at] ? 0 : value;
                double e = (value - kept) / d;
                if (e != 0) {
                    for (int j = col + 1; j < end; j++) {
                        w[r * cols + j] -= e * u[uRow + j];
                    }
                }
                w[at] = kept;
                err[r * width + i] = e;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < width; i++) {
                double e = err[r * width + i];
                if (e == 0) {
                    continue;
                }
                int uRow = (first + i) * cols;
                for (int j = end; j < cols; j++) {
                    w[r * cols + j] -= e * u[uRow + j];
                }
            }
        }
    }

    /** In each row, marks the 2 smallest W²/U_jj² of columns [from, to) (ties: lower index first). */
    private static void chooseTwoOfFour(
            double[] w, int rows, int cols, double[] u, int from, int to, boolean[] pruned) {
        double[] scores = new double[to - from];
        for (int r = 0; r < rows; r++) {
            for (int c = from; c < to; c++) {
                double d = u[c * cols + c];
                double v = w[r * cols + c];
                scores[c - from] = v * v / (d * d);
            }
            boolean[] chosen = lowest(scores, Math.min(2, scores.length));
            for (int c = from; c < to; c++) {
                pruned[r * cols + c] = chosen[c - from];
            }
        }
    }

    /** The k lowest scores; among equal scores the lower index is taken first (a stable sort's order). */
    static boolean[] lowest(double[] scores, int k) {
        boolean[] chosen = new boolean[scores.length];
        if (k == 0) {
            return chosen;
        }
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double threshold = sorted[k - 1];
        int below = 0;
        for (double s : scores) {
            if (s < threshold) {
                below++;
            }
        }
        int ties = k - below;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] < threshold) {
                chosen[i] = true;
            } else if (scores[i] == threshold && ties > 0) {
                chosen[i] = true;
                ties--;
            }
        }
        return chosen;
    }
}
