package dev.prunelab.lab;

import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.result.ExperimentResult.CostRow;
import dev.prunelab.lab.result.ExperimentResult.Point;
import dev.prunelab.lab.result.ExperimentResult.Series;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Reads, from a preset's own result, which of its prediction's choices it shows: the rule each question's wording
 * implies ("by a wide margin" is more than 10 points, "about the same" within 2), so a preset whose numbers drift
 * away from its {@code expected} answer fails a test instead of teaching the wrong lesson.
 */
final class PresetAnswers {

    private static final double SAME = 0.02;

    static final Map<String, ToIntFunction<ExperimentResult>> BY_PRESET = Map.of(
            "magnitude-vs-random",
                    r -> {
                        double magnitude = at(r.series().get(0), 0.9);
                        double random = at(last(r.series()), 0.9);
                        return Math.abs(magnitude - random) <= SAME ? 2 : magnitude - random > 0.10 ? 0 : 1;
                    },
            "global-vs-layerwise",
                    r -> pair(at(r.series().get(0), 0.9), at(r.series().get(1), 0.9)),
            "schedules", r -> best(r.series().subList(0, 3), 0.95),
            "lottery-ticket",
                    r -> pair(
                            finalAccuracy(r.series().get(0)),
                            finalAccuracy(r.series().get(1))),
            "structured-neurons",
                    r -> {
                        CostRow row = r.cost().stream()
                                .filter(c -> c.target() == 0.9)
                                .findFirst()
                                .orElseThrow();
                        double[] ms = {row.latencyDenseMs(), row.latencyCsrMs(), row.latencyShrunkMs()};
                        return ms[0] <= Math.min(ms[1], ms[2]) ? 0 : ms[1] <= ms[2] ? 1 : 2;
                    },
            "n-m-sparsity",
                    r -> {
                        double loss = at(r.series().get(1), 0.5) - at(r.series().get(0), 0.5);
                        return loss <= 0.015 ? 0 : loss <= 0.10 ? 1 : 2;
                    },
            "snip-vs-magnitude",
                    r -> pair(at(r.series().get(0), 0.95), at(r.series().get(1), 0.95)),
            "per-class-damage",
                    r -> {
                        // uneven: at some sparsity one class has lost at least 20 points more than the average class
                        ExperimentResult.PerClass pc = r.perClass();
                        for (List<Double> row : pc.accuracy()) {
                            double mean = 0;
                            double worst = 0;
                            for (int c = 0; c < row.size(); c++) {
                                double drop = pc.dense().get(c) - row.get(c);
                                mean += drop / row.size();
                                worst = Math.max(worst, drop);
                            }
                            if (worst - mean >= 0.20) {
                                return 1;
                            }
                        }
                        return 0;
                    },
            "tree-ccp",
                    r -> {
                        ExperimentResult.TreeResult t = r.tree();
                        boolean asHigh = t.testAccuracyAfter() >= t.testAccuracyBefore();
                        return asHigh && t.after().size() < t.before().size() ? 0 : 1;
                    },
            "decision-boundary",
                    r -> {
                        // barely moves: within 3 points of dense at 80%; then collapses: 20 points down at the last
                        // target
                        Series s = r.series().get(0);
                        double last = s.points().get(s.points().size() - 1).accuracy();
                        return r.baseline() - at(s, 0.8) <= 0.03 && r.baseline() - last >= 0.20 ? 0 : 1;
                    });

    private PresetAnswers() {}

    private static double at(Series s, double target) {
        return s.points().stream()
                .filter(p -> p.target() == target)
                .mapToDouble(Point::accuracy)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(s.name() + " has no point at " + target));
    }

    private static double finalAccuracy(Series s) {
        return s.points().get(s.points().size() - 1).accuracy();
    }

    private static Series last(List<Series> series) {
        return series.get(series.size() - 1);
    }

    /** Choice 0 if the first is clearly better, 1 if the second is, 2 if they are within 2 points. */
    private static int pair(double first, double second) {
        return Math.abs(first - second) <= SAME ? 2 : first > second ? 0 : 1;
    }

    private static int best(List<Series> series, double target) {
        int best = 0;
        for (int i = 1; i < series.size(); i++) {
            best = at(series.get(i), target) > at(series.get(best), target) ? i : best;
        }
        return best;
    }
}
