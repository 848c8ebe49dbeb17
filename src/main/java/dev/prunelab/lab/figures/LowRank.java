package dev.prunelab.lab.figures;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The first hidden layer of the trained digits MLP replaced by its best rank-k approximation (truncated SVD): the
 * share of the layer's energy (Σσ²) kept and the test accuracy, by rank.
 */
final class LowRank {

    static final int[] RANKS = {1, 2, 4, 8, 12, 16, 24, 32, 48, 64};
    private static final int SWEEPS = 60;

    private LowRank() {}

    static void draw(TrainedDigits digits, Map<String, String> svgs) {
        Parameter w = TrainedDigits.firstLayer(digits.network());
        double[][] gram = gram(w);
        double[][] v = identity(gram.length);
        jacobi(gram, v);
        int[] order = descending(gram);
        double totalEnergy = 0;
        for (int i = 0; i < gram.length; i++) {
            totalEnergy += Math.max(0, gram[i][i]);
        }
        double[] x = new double[RANKS.length];
        double[] energy = new double[RANKS.length];
        double[] accuracy = new double[RANKS.length];
        for (int r = 0; r < RANKS.length; r++) {
            int k = RANKS[r];
            double kept = 0;
            for (int i = 0; i < k; i++) {
                kept += Math.max(0, gram[order[i]][order[i]]);
            }
            x[r] = k;
            energy[r] = 100 * kept / totalEnergy;
            accuracy[r] = 100 * digits.accuracy(truncated(digits.network(), v, order, k));
        }
        int cols = w.cols();
        int rows = w.rows();
        // a rank-k factor pair stores k·(rows + cols) weights: it is smaller than the matrix below this rank
        double breakEven = (double) rows * cols / (rows + cols);
        svgs.put(
                "low-rank-energy",
                new Plot(0, cols, 0, 115)
                        .axes(
                                new double[] {0, 16, 32, 48, 64},
                                "rank k of the first layer (64 × 64)",
                                new double[] {0, 20, 40, 60, 80, 100},
                                "%")
                        // the headroom above 100% keeps the marker's label clear of the lines
                        .marker(breakEven, "same size as dense at k = " + Math.round(breakEven))
                        .series("energy kept (Σσ² of the top k)", "fig-s2", x, energy, false)
                        .series("test accuracy", "fig-s1", x, accuracy, false)
                        .svg());
    }

    /** WᵀW (inputs × inputs): its eigenvalues are the squared singular values of W. */
    static double[][] gram(Parameter w) {
        int n = w.cols();
        double[][] g = new double[n][n];
        float[] value = w.value();
        for (int r = 0; r < w.rows(); r++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    g[i][j] += (double) value[r * n + i] * value[r * n + j];
                }
            }
        }
        return g;
    }

    private static double[][] identity(int n) {
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        return v;
    }

    /** Cyclic Jacobi: diagonalises the symmetric {@code a} in place, accumulating the rotations in {@code v}. */
    static void jacobi(double[][] a, double[][] v) {
        int n = a.length;
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-22) {
                return;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
    }

    private static int[] descending(double[][] diagonalised) {
        return IntStream.range(0, diagonalised.length)
                .boxed()
                .sorted((i, j) -> Double.compare(diagonalised[j][j], diagonalised[i][i]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** A copy of the model whose first layer is W·V_k·V_kᵀ: W projected on its top k right singular vectors. */
    static Network truncated(Network network, double[][] v, int[] order, int k) {
        Network copy = network.copy();
        float[] value = TrainedDigits.firstLayer(copy).value();
        int n = v.length;
        int rows = value.length / n;
        for (int r = 0; r < rows; r++) {
            double[] projected = new double[n];
            for (int i = 0; i < k; i++) {
                int e = order[i];
                double dot = 0;
                for (int c = 0; c < n; c++) {
                    dot += value[r * n + c] * v[c][e];
                }
                for (int c = 0; c < n; c++) {
                    projected[c] += dot * v[c][e];
                }
            }
            for (int c = 0; c < n; c++) {
                value[r * n + c] = (float) projected[c];
            }
        }
        return copy;
    }
}
