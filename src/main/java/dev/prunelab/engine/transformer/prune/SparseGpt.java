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
     * @param weight the rows of W, (out, in) layout; updated in place (pruned entries become exactly 0)
     * @param hessian 2XᵀX, one row per input (not modified)
     * @param pattern unstructured or 2:4
     * @param sparsity fraction pruned per block (0.5 for 2:4)
     * @return the mask, row-major, true where a weight was pruned
     */
    static boolean[] prune(double[][] weight, double[][] hessian, SparsityPattern pattern, double sparsity) {
        int rows = weight.length;
        int cols = hessian.length;
        double[][] h = new double[cols][];
        double diagonalSum = 0;
        for (int j = 0; j < cols; j++) {
            h[j] = hessian[j].clone();
            if (h[j][j] == 0) {
                h[j][j] = 1;
                for (double[] row : weight) {
                    row[j] = 0;
                }
            }
            diagonalSum += h[j][j];
        }
        double lambda = DAMPENING * diagonalSum / cols;
        for (int j = 0; j < cols; j++) {
            h[j][j] += lambda;
        }
        double[][] u = UpperCholesky.ofInverse(h);
        boolean[] pruned = new boolean[rows * cols];
        for (int first = 0; first < cols; first += BLOCK) {
            pruneBlock(weight, u, first, Math.min(cols, first + BLOCK), pattern, sparsity, pruned);
        }
        return pruned;
    }

    private static void pruneBlock(
            double[][] w,
            double[][] u,
            int first,
            int end,
            SparsityPattern pattern,
            double sparsity,
            boolean[] pruned) {
        int rows = w.length;
        int cols = u.length;
        int width = end - first;
        double[][] err = new double[rows][width];
        if (pattern == SparsityPattern.UNSTRUCTURED) {
            double[] scores = new double[rows * width];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < width; i++) {
                    double d = u[first + i][first + i];
                    double v = w[r][first + i];
                    scores[r * width + i] = v * v / (d * d);
                }
            }
            boolean[] chosen = lowest(scores, Counts.of(sparsity, scores.length));
            for (int r = 0; r < rows; r++) {
                System.arraycopy(chosen, r * width, pruned, r * cols + first, width);
            }
        }
        for (int i = 0; i < width; i++) {
            int col = first + i;
            if (pattern == SparsityPattern.TWO_FOUR && i % 4 == 0) {
                chooseTwoOfFour(w, u, col, Math.min(end, col + 4), pruned);
            }
            double[] uRow = u[col];
            double d = uRow[col];
            for (int r = 0; r < rows; r++) {
                double[] wRow = w[r];
                double value = wRow[col];
                double kept = pruned[r * cols + col] ? 0 : value;
                double e = (value - kept) / d;
                if (e != 0) {
                    for (int j = col + 1; j < end; j++) {
                        wRow[j] -= e * uRow[j];
                    }
                }
                wRow[col] = kept;
                err[r][i] = e;
            }
        }
        for (int r = 0; r < rows; r++) {
            double[] wRow = w[r];
            for (int i = 0; i < width; i++) {
                double e = err[r][i];
                if (e == 0) {
                    continue;
                }
                double[] uRow = u[first + i];
                for (int j = end; j < cols; j++) {
                    wRow[j] -= e * uRow[j];
                }
            }
        }
    }

    /** In each row, marks the 2 smallest W²/U_jj² of columns [from, to) (ties: lower index first). */
    private static void chooseTwoOfFour(double[][] w, double[][] u, int from, int to, boolean[] pruned) {
        int cols = u.length;
        double[] scores = new double[to - from];
        for (int r = 0; r < w.length; r++) {
            for (int c = from; c < to; c++) {
                double d = u[c][c];
                double v = w[r][c];
                scores[c - from] = v * v / (d * d);
            }
            boolean[] chosen = lowest(scores, Math.min(2, scores.length));
            System.arraycopy(chosen, 0, pruned, r * cols + from, to - from);
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
