package dev.prunelab.lab.figures;

import dev.prunelab.engine.metrics.ModelStats;
import dev.prunelab.engine.metrics.WeightHistogram;
import dev.prunelab.engine.prune.Criterion;
import dev.prunelab.engine.prune.GradualPruning;
import dev.prunelab.engine.prune.Schedules;
import dev.prunelab.engine.prune.Scope;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.result.ExperimentResult.AlphaRow;
import dev.prunelab.lab.result.ExperimentResult.CostRow;
import dev.prunelab.lab.result.ExperimentResult.LayerRow;
import dev.prunelab.lab.result.ExperimentResult.Point;
import dev.prunelab.lab.result.ExperimentResult.Series;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** Draws every lesson figure and gathers every explorable's data from the workloads' results. */
final class Figures {

    private static final double[] PERCENT_TICKS = {0, 20, 40, 60, 80, 100};

    private Figures() {}

    static FigureBuild.Drawn draw(Map<String, ExperimentResult> r, TrainedRow row) {
        Map<String, String> svgs = new LinkedHashMap<>();
        ExperimentResult sweep = r.get(Workloads.SWEEP);
        ExperimentResult neurons = r.get(Workloads.NEURONS);
        svgs.put("accuracy-vs-sparsity", accuracy(sweep, neurons));
        svgs.put("weight-histogram", histogram(sweep.histograms().before(), 0.8));
        svgs.put("layer-sparsity", layers(r.get(Workloads.SCOPE)));
        svgs.put("schedules-accuracy", lines(r.get(Workloads.SCHEDULES), 0, 100));
        svgs.put("schedule-curves", scheduleCurves(0.9, 3, 100));
        ExperimentResult lottery = r.get(Workloads.LOTTERY);
        svgs.put("lottery-comparison", lottery(lottery));
        svgs.put("tree-path", treePath(r.get(Workloads.TREE)));
        svgs.put("storage-bytes", storage(sweep.cost()));
        svgs.put("latency", latency(neurons.cost()));
        svgs.put("per-class-change", Heatmap.of(sweep.perClass()));
        svgs.put("nm-row", Heatmap.nOfM(row.values(), 2, 4));
        // every run's result, for the explorables (and for anyone checking a figure against its numbers)
        return new FigureBuild.Drawn(svgs, new LinkedHashMap<>(r));
    }

    private static double pct(double fraction) {
        return 100 * fraction;
    }

    private static double[] xs(Series s) {
        return s.points().stream().mapToDouble(p -> pct(p.target())).toArray();
    }

    private static double[] ys(Series s) {
        return s.points().stream().mapToDouble(p -> pct(p.accuracy())).toArray();
    }

    private static String style(Series s, int i) {
        return s.role().equals("control") ? "fig-control" : "fig-s" + (i + 1);
    }

    /** Accuracy against sparsity: every series of one result, straight between measured targets. */
    static String lines(ExperimentResult result, double yMin, double yMax) {
        Plot plot = new Plot(0, 100, yMin, yMax)
                .axes(PERCENT_TICKS, "sparsity (%)", ticks(yMin, yMax), "test accuracy (%)")
                .level(pct(result.baseline()), "dense " + Math.round(pct(result.baseline())) + "%");
        for (int i = 0; i < result.series().size(); i++) {
            Series s = result.series().get(i);
            plot.series(s.name(), style(s, i), xs(s), ys(s), s.role().equals("control"));
        }
        return plot.svg();
    }

    private static String accuracy(ExperimentResult sweep, ExperimentResult neurons) {
        Plot plot = new Plot(0, 100, 0, 100)
                .axes(PERCENT_TICKS, "sparsity (%)", PERCENT_TICKS, "test accuracy (%)")
                .level(pct(sweep.baseline()), "dense " + Math.round(pct(sweep.baseline())) + "%");
        Series magnitude = sweep.series().get(0);
        Series random = sweep.series().get(1);
        Series structured = neurons.series().get(0);
        plot.series("magnitude (single weights)", "fig-s1", xs(magnitude), ys(magnitude), false);
        plot.series("whole neurons by norm", "fig-s2", xs(structured), ys(structured), false);
        plot.series("random (control)", "fig-control", xs(random), ys(random), true);
        return plot.svg();
    }

    /** The dense weights' histogram with the magnitude threshold that removes {@code sparsity} of them. */
    private static String histogram(WeightHistogram h, double sparsity) {
        long[] counts = h.counts();
        double width = (h.max() - h.min()) / counts.length;
        long highest = 0;
        for (long c : counts) {
            highest = Math.max(highest, c);
        }
        double threshold = Thresholds.magnitude(h, sparsity);
        double bound = Math.max(Math.abs(h.min()), Math.abs(h.max()));
        Plot plot = new Plot(-bound, bound, 0, highest * 1.1)
                .axes(
                        new double[] {-round(bound), 0, round(bound)},
                        "weight value",
                        new double[] {0, highest / 2, highest},
                        "weights per bin");
        for (int i = 0; i < counts.length; i++) {
            double center = h.min() + (i + 0.5) * width;
            plot.bar(center, width * 0.9, counts[i], Math.abs(center) < threshold ? "fig-control" : "fig-s1");
        }
        return plot.marker(-threshold, "−t")
                .marker(threshold, "t = " + Plot.number(threshold))
                .legend("pruned at " + Math.round(pct(sparsity)) + "% (|w| < t)", "fig-control")
                .legend("kept", "fig-s1")
                .svg();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String layers(ExperimentResult scope) {
        List<LayerRow> rows = scope.layers().stream()
                .filter(l -> !l.series().contains("control"))
                .toList();
        int n = rows.get(0).layers().size();
        Plot plot = new Plot(-0.5, n - 0.5, 0, 100)
                .axes(new double[0], "weight matrix (input side left)", PERCENT_TICKS, "sparsity (%)");
        for (int k = 0; k < rows.size(); k++) {
            List<ModelStats.LayerSparsity> layers = rows.get(k).layers();
            for (int i = 0; i < n; i++) {
                plot.bar(i - 0.2 + 0.4 * k, 0.36, pct(layers.get(i).sparsity()), "fig-s" + (k + 1));
            }
            plot.legend(
                    rows.get(k).series() + " at " + Math.round(pct(rows.get(k).target())) + "%", "fig-s" + (k + 1));
        }
        for (int i = 0; i < n; i++) {
            plot.label(i, -12, rows.get(0).layers().get(i).name(), "middle");
        }
        return plot.svg();
    }

    /** One-shot, iterative (geometric rounds) and the cubic schedule, from the engine's own schedule code. */
    static String scheduleCurves(double target, int rounds, int steps) {
        Plot plot = new Plot(0, steps, 0, 100)
                .axes(
                        new double[] {0, steps / 4, steps / 2, 3 * steps / 4, steps},
                        "training step",
                        PERCENT_TICKS,
                        "sparsity (%)");
        double[] x = new double[steps + 1];
        double[] oneShot = new double[steps + 1];
        double[] iterative = new double[steps + 1];
        double[] cubic = new double[steps + 1];
        double[] roundTargets = Schedules.geometric(target, rounds);
        GradualPruning gradual = new GradualPruning(Criterion.magnitude(), Scope.GLOBAL, 0, target, 0, 10, steps / 10);
        for (int t = 0; t <= steps; t++) {
            x[t] = t;
            oneShot[t] = t == 0 ? 0 : pct(target);
            // round r prunes at the start of its share of training, so the last round still has time to fine-tune
            int round = t == 0 ? 0 : Math.min(rounds, t * rounds / steps + 1);
            iterative[t] = round == 0 ? 0 : pct(roundTargets[round - 1]);
            cubic[t] = pct(gradual.sparsityAt(t));
        }
        return plot.series("one-shot", "fig-s1", x, oneShot, false)
                .series("iterative, " + rounds + " rounds", "fig-s2", x, iterative, false)
                .series("cubic (Zhu and Gupta)", "fig-s3", x, cubic, false)
                .svg();
    }

    private static String lottery(ExperimentResult lottery) {
        double lo = 100;
        double hi = pct(lottery.baseline());
        for (Series s : lottery.series()) {
            if (!s.role().equals("control")) {
                for (Point p : s.points()) {
                    lo = Math.min(lo, pct(p.accuracy()));
                    hi = Math.max(hi, pct(p.accuracy()));
                }
            }
        }
        double yMin = Math.floor(lo - 2);
        double yMax = Math.min(100, Math.ceil(hi + 2));
        Plot plot = new Plot(0, 100, yMin, yMax)
                .axes(PERCENT_TICKS, "sparsity (%)", ticks(yMin, yMax), "test accuracy (%)")
                .level(pct(lottery.baseline()), "dense");
        for (int i = 0; i < lottery.series().size(); i++) {
            Series s = lottery.series().get(i);
            if (!s.role().equals("control")) {
                plot.series(s.name(), style(s, i), xs(s), ys(s), false);
            }
        }
        return plot.svg();
    }

    private static String treePath(ExperimentResult tree) {
        List<AlphaRow> path = tree.tree().path();
        double[] steps = new double[path.size()];
        double[] train = new double[path.size()];
        double[] test = new double[path.size()];
        double[] cv = new double[path.size()];
        double lo = 100;
        for (int i = 0; i < path.size(); i++) {
            steps[i] = i;
            train[i] = pct(path.get(i).trainAccuracy());
            test[i] = pct(path.get(i).testAccuracy());
            cv[i] = pct(path.get(i).cvAccuracy());
            lo = Math.min(lo, Math.min(test[i], Math.min(train[i], cv[i])));
        }
        int chosen = 0;
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).alpha() <= tree.tree().bestAlpha()) {
                chosen = i;
            }
        }
        double yMin = Math.floor(lo / 10) * 10;
        return new Plot(0, path.size() - 1, yMin, 100)
                .axes(
                        ticks(0, path.size() - 1),
                        "pruning step (weakest link removed; α grows)",
                        ticks(yMin, 100),
                        "accuracy (%)")
                .series("train", "fig-s1", steps, train, false)
                .series("cross-validation", "fig-s2", steps, cv, false)
                .series("test", "fig-s3", steps, test, false)
                .marker(
                        chosen,
                        "chosen α = " + Plot.number(path.get(chosen).alpha()) + ", "
                                + path.get(chosen).leaves() + " leaves")
                .svg();
    }

    private static String storage(List<CostRow> cost) {
        List<CostRow> pruned = cost.subList(1, cost.size());
        double dense = cost.get(0).bytesDense() / 1024.0;
        double[] x = pruned.stream().mapToDouble(c -> pct(c.target())).toArray();
        double highest = pruned.stream()
                .mapToDouble(c -> Math.max(c.bytesCsr(), c.bytesBitmask()) / 1024.0)
                .max()
                .orElse(dense);
        double yMax = Math.ceil(Math.max(dense, highest) * 1.15);
        return new Plot(0, 100, 0, yMax)
                .axes(PERCENT_TICKS, "sparsity (%)", ticks(0, yMax), "weight storage (KiB)")
                .level(dense, "dense fp32")
                .series("CSR (value + column index)", "fig-s1", x, kib(pruned, CostRow::bytesCsr), false)
                .series("bitmask + non-zero values", "fig-s2", x, kib(pruned, CostRow::bytesBitmask), false)
                .svg();
    }

    private static double[] kib(List<CostRow> rows, ToLongFunction<CostRow> bytes) {
        return rows.stream().mapToDouble(c -> bytes.applyAsLong(c) / 1024.0).toArray();
    }

    /** Latency per target, each row's three timings taken side by side (timings apart drift with the load). */
    private static String latency(List<CostRow> cost) {
        List<CostRow> pruned = cost.subList(1, cost.size());
        double[] x = pruned.stream().mapToDouble(c -> pct(c.target())).toArray();
        double highest = pruned.stream()
                .mapToDouble(c -> Math.max(c.latencyDenseMs(), Math.max(c.latencyCsrMs(), c.latencyShrunkMs())))
                .max()
                .orElse(1);
        double yMax = highest * 1.2;
        return new Plot(0, 100, 0, yMax)
                .axes(PERCENT_TICKS, "neurons removed (%)", new double[] {0, yMax / 2, yMax}, "ms per batch")
                .series("dense weights", "fig-control", x, ms(pruned, CostRow::latencyDenseMs), true)
                .series("CSR weights", "fig-s1", x, ms(pruned, CostRow::latencyCsrMs), false)
                .series("shrunk network", "fig-s2", x, ms(pruned, CostRow::latencyShrunkMs), false)
                .svg();
    }

    private static double[] ms(List<CostRow> rows, ToDoubleFunction<CostRow> latency) {
        return rows.stream().mapToDouble(latency).toArray();
    }

    private static double[] ticks(double lo, double hi) {
        double step = (hi - lo) / 4;
        return new double[] {lo, lo + step, lo + 2 * step, lo + 3 * step, hi};
    }
}
