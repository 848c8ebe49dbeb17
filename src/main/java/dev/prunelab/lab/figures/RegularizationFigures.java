package dev.prunelab.lab.figures;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.prune.Criterion;
import dev.prunelab.engine.prune.Pruner;
import dev.prunelab.engine.prune.Scope;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What a sparsity penalty does to the same digits MLP: L1 on every weight (then magnitude pruning, no retraining),
 * and a group lasso on each input pixel's outgoing weights in the first layer (whole inputs fade out: feature
 * selection by pruning).
 */
final class RegularizationFigures {

    static final double L1 = 1e-3;
    static final double GROUP = 1e-2;
    static final double[] SPARSITIES = {0.5, 0.7, 0.8, 0.85, 0.9, 0.95};

    private RegularizationFigures() {}

    static void draw(TrainedDigits plain, Map<String, String> svgs) {
        TrainedDigits l1 = TrainedDigits.withPenalty(RegularizationFigures::l1);
        TrainedDigits group = TrainedDigits.withPenalty(RegularizationFigures::groupLasso);
        svgs.put("l1-pruned-accuracy", prunedAccuracy(plain, l1));
        svgs.put("group-lasso-norms", inputNorms(plain, group));
    }

    /** The subgradient of L1 · Σ|w| added to every weight's gradient. */
    static void l1(Network network) {
        for (Parameter w : network.prunableWeights()) {
            float[] value = w.value();
            float[] grad = w.grad();
            for (int i = 0; i < value.length; i++) {
                grad[i] += (float) (L1 * Math.signum(value[i]));
            }
        }
    }

    /** The gradient of GROUP · Σ_pixels ‖w_pixel‖₂ over the first layer's columns (one column = one input's weights). */
    static void groupLasso(Network network) {
        Parameter w = TrainedDigits.firstLayer(network);
        float[] value = w.value();
        float[] grad = w.grad();
        for (int c = 0; c < w.cols(); c++) {
            double norm = columnNorm(w, c);
            if (norm > 1e-8) {
                for (int r = 0; r < w.rows(); r++) {
                    grad[r * w.cols() + c] += (float) (GROUP * value[r * w.cols() + c] / norm);
                }
            }
        }
    }

    private static String percent(TrainedDigits digits) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * digits.accuracy(digits.network()));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    static double columnNorm(Parameter w, int column) {
        float[] value = w.value();
        double sum = 0;
        for (int r = 0; r < w.rows(); r++) {
            double v = value[r * w.cols() + column];
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    private static String prunedAccuracy(TrainedDigits plain, TrainedDigits l1) {
        double[] x = Arrays.stream(SPARSITIES).map(s -> 100 * s).toArray();
        return TrainedDigits.accuracyAgainst(
                        40,
                        100,
                        new double[] {40, 50, 60, 70, 80, 90, 100},
                        "weights removed by magnitude, no retraining (%)")
                .series("trained with L1 (λ = " + plain(L1) + "), dense " + percent(l1), "fig-s1", x, pruned(l1), false)
                .series("trained without a penalty, dense " + percent(plain), "fig-control", x, pruned(plain), true)
                .svg();
    }

    static double[] pruned(TrainedDigits digits) {
        double[] accuracy = new double[SPARSITIES.length];
        for (int i = 0; i < SPARSITIES.length; i++) {
            Network copy = digits.network().copy();
            Pruner.pruneTo(copy, Criterion.magnitude(), Scope.GLOBAL, SPARSITIES[i]);
            accuracy[i] = 100 * digits.accuracy(copy);
        }
        return accuracy;
    }

    /** Each input pixel's ‖w‖₂ in the first layer, sorted from largest to smallest, without and with the penalty. */
    private static String inputNorms(TrainedDigits plain, TrainedDigits group) {
        double[] a = sortedNorms(plain);
        double[] b = sortedNorms(group);
        double highest = Math.max(a[0], b[0]);
        double yMax = Math.ceil(highest * 1.1 * 2) / 2;
        double[] rank = new double[a.length];
        Arrays.setAll(rank, i -> i + 1);
        return new Plot(1, a.length, 0, yMax)
                .axes(
                        new double[] {1, 16, 32, 48, 64},
                        "input pixel, largest norm first",
                        new double[] {0, yMax / 2, yMax},
                        "‖pixel weights‖₂")
                .series(
                        "group lasso (λ = " + plain(GROUP) + "), test accuracy " + percent(group),
                        "fig-s1",
                        rank,
                        b,
                        false)
                .series("no penalty, test accuracy " + percent(plain), "fig-control", rank, a, true)
                .svg();
    }

    static double[] sortedNorms(TrainedDigits digits) {
        Parameter w = TrainedDigits.firstLayer(digits.network());
        double[] norms = new double[w.cols()];
        for (int c = 0; c < w.cols(); c++) {
            norms[c] = columnNorm(w, c);
        }
        Arrays.sort(norms);
        for (int i = 0; i < norms.length / 2; i++) {
            double t = norms[i];
            norms[i] = norms[norms.length - 1 - i];
            norms[norms.length - 1 - i] = t;
        }
        return norms;
    }
}
