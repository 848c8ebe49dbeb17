package dev.prunelab.lab.figures;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.engine.transformer.prune.OneShotMethod;
import dev.prunelab.engine.transformer.prune.OneShotPruner;
import dev.prunelab.engine.transformer.prune.OneShotSpec;
import dev.prunelab.engine.transformer.prune.SparsityPattern;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Magnitude, Wanda and SparseGPT compared on one real layer: the first hidden layer of the trained digits MLP,
 * calibrated on training images. The LLM lessons' methods at a size that runs in milliseconds: what each method
 * keeps, and what the layer's output loses, without running a transformer at build time.
 */
final class OneShotFigures {

    static final double[] SPARSITIES = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    static final int CALIBRATION_ROWS = 128;
    static final int[] CALIBRATION_SIZES = {2, 4, 8, 16, 32, 64, 128, 256};
    static final double CALIBRATION_SPARSITY = 0.7;
    static final List<OneShotMethod> METHODS =
            List.of(OneShotMethod.MAGNITUDE, OneShotMethod.WANDA, OneShotMethod.SPARSEGPT);
    private static final String[] STYLES = {"fig-control", "fig-s1", "fig-s2"};

    private OneShotFigures() {}

    static void draw(TrainedDigits digits, Map<String, String> svgs) {
        double[] x = Arrays.stream(SPARSITIES).map(s -> 100 * s).toArray();
        Plot error = new Plot(0, 100, 0, 100)
                .axes(
                        new double[] {0, 20, 40, 60, 80, 100},
                        "sparsity of the layer (%)",
                        new double[] {0, 25, 50, 75, 100},
                        "output error (% of the output)");
        Plot accuracy = TrainedDigits.accuracyAgainst(
                        0, 100, new double[] {0, 20, 40, 60, 80, 100}, "sparsity of the first layer (%)")
                .level(100 * digits.accuracy(digits.network()), "dense");
        for (int m = 0; m < METHODS.size(); m++) {
            double[] errors = new double[SPARSITIES.length];
            double[] accuracies = new double[SPARSITIES.length];
            for (int i = 0; i < SPARSITIES.length; i++) {
                Network pruned = prune(digits, METHODS.get(m), SPARSITIES[i], CALIBRATION_ROWS);
                errors[i] = 100 * outputError(digits, pruned);
                accuracies[i] = 100 * digits.accuracy(pruned);
            }
            boolean control = m == 0;
            error.series(label(METHODS.get(m)), STYLES[m], x, errors, control);
            accuracy.series(label(METHODS.get(m)), STYLES[m], x, accuracies, control);
        }
        svgs.put("one-shot-error", error.svg());
        svgs.put("one-shot-accuracy", accuracy.svg());
        svgs.put("calibration-size", calibration(digits));
    }

    /** Output error against the number of calibration images, at one sparsity, on a log axis of rows. */
    private static String calibration(TrainedDigits digits) {
        double[] x = Arrays.stream(CALIBRATION_SIZES)
                .mapToDouble(n -> Math.log(n) / Math.log(2))
                .toArray();
        double magnitude = 100 * outputError(digits, prune(digits, OneShotMethod.MAGNITUDE, CALIBRATION_SPARSITY, 0));
        double highest = magnitude;
        double[][] errors = new double[2][CALIBRATION_SIZES.length];
        for (int m = 1; m < METHODS.size(); m++) {
            for (int i = 0; i < CALIBRATION_SIZES.length; i++) {
                errors[m - 1][i] = 100
                        * outputError(
                                digits, prune(digits, METHODS.get(m), CALIBRATION_SPARSITY, CALIBRATION_SIZES[i]));
                highest = Math.max(highest, errors[m - 1][i]);
            }
        }
        double yMax = Math.ceil(highest * 1.15 / 10) * 10;
        Plot plot = new Plot(x[0], x[x.length - 1], 0, yMax)
                .axes(
                        new double[0],
                        "calibration images (log scale)",
                        new double[] {0, yMax / 4, yMax / 2, 3 * yMax / 4, yMax},
                        "output error (%) at " + Math.round(100 * CALIBRATION_SPARSITY) + "% sparse")
                .level(magnitude, "magnitude (no data)");
        for (int i = 0; i < x.length; i++) {
            plot.label(x[i], -yMax / 14, String.valueOf(CALIBRATION_SIZES[i]), "middle");
        }
        for (int m = 1; m < METHODS.size(); m++) {
            plot.series(label(METHODS.get(m)), STYLES[m], x, errors[m - 1], false);
        }
        return plot.svg();
    }

    static String label(OneShotMethod method) {
        return switch (method) {
            case MAGNITUDE -> "magnitude";
            case WANDA -> "Wanda (|w|·‖x‖)";
            case SPARSEGPT -> "SparseGPT (with reconstruction)";
            default -> method.label();
        };
    }

    /** A copy of the model with its first layer pruned by one method, calibrated on the first {@code rows} images. */
    static Network prune(TrainedDigits digits, OneShotMethod method, double sparsity, int rows) {
        Network copy = digits.network().copy();
        Samples train = digits.train();
        float[] inputs = Arrays.copyOf(train.features(), rows * train.width());
        OneShotPruner.pruneLayer(
                TrainedDigits.firstLayer(copy),
                new OneShotSpec(method, SparsityPattern.UNSTRUCTURED, sparsity),
                inputs,
                rows);
        return copy;
    }

    /** ‖(W − W′)X‖² / ‖WX‖² over the test images: the share of the layer's output (before bias) the pruning lost. */
    static double outputError(TrainedDigits digits, Network pruned) {
        float[] w = TrainedDigits.firstLayer(digits.network()).value();
        Parameter p = TrainedDigits.firstLayer(pruned);
        float[] v = p.value();
        Samples test = digits.test();
        int cols = p.cols();
        double lost = 0;
        double total = 0;
        for (int r = 0; r < test.rows(); r++) {
            for (int o = 0; o < p.rows(); o++) {
                double dense = 0;
                double kept = 0;
                for (int c = 0; c < cols; c++) {
                    double xi = test.features()[r * cols + c];
                    dense += w[o * cols + c] * xi;
                    kept += v[o * cols + c] * xi;
                }
                lost += (dense - kept) * (dense - kept);
                total += dense * dense;
            }
        }
        return lost / total;
    }
}
