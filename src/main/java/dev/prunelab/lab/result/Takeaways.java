package dev.prunelab.lab.result;

import dev.prunelab.engine.metrics.ModelStats;
import dev.prunelab.lab.result.ExperimentResult.AlphaRow;
import dev.prunelab.lab.result.ExperimentResult.CostRow;
import dev.prunelab.lab.result.ExperimentResult.LayerRow;
import dev.prunelab.lab.result.ExperimentResult.PerClass;
import dev.prunelab.lab.result.ExperimentResult.Point;
import dev.prunelab.lab.result.ExperimentResult.Series;
import dev.prunelab.lab.result.ExperimentResult.TreeResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "What to notice" on a result page: two to four sentences read off the result's own numbers, never written in
 * advance. A network result says how far the main series holds the dense accuracy, how it compares with the other
 * series at the sparsest shared target, how far the random control falls, and one extra finding (real latency of a
 * shrunk network, layers a global threshold empties, or the class that loses most). A tree result says what
 * cross-validation picked and what the pruning path does to train and test accuracy.
 */
public final class Takeaways {

    /** "Holds the dense accuracy": no more than one percentage point below it. */
    static final double HOLDS = 0.01;
    /** A difference smaller than half a point is reported as a tie. */
    static final double TIE = 0.005;
    /** The spread between layers (or the extra loss of one class) worth a sentence, in fractions. */
    static final double NOTABLE = 0.10;

    private static final int MOST = 4;

    private Takeaways() {}

    /** The sentences for a finished result. */
    public static List<String> of(ExperimentResult result) {
        if (result.transformer() != null) {
            return result.transformer().takeaways();
        }
        List<String> sentences = result.tree() != null ? tree(result.tree()) : network(result);
        return List.copyOf(sentences.subList(0, Math.min(MOST, sentences.size())));
    }

    // ---- networks --------------------------------------------------------------------------------------------

    private static List<String> network(ExperimentResult r) {
        List<String> out = new ArrayList<>();
        Series main = r.series().get(0);
        out.add(holding(main, r.baseline()));
        r.series().stream()
                .filter(s -> s.role().equals("compare"))
                .limit(2)
                .forEach(other -> against(main, other).ifPresent(out::add));
        r.series().stream()
                .filter(s -> s.role().equals("control"))
                .findFirst()
                .flatMap(control -> control(main, control, r.baseline()))
                .ifPresent(out::add);
        structure(r).or(() -> perClass(r.perClass())).ifPresent(out::add);
        return out;
    }

    /** How far the main series stays within a point of the dense model. */
    static String holding(Series main, double baseline) {
        List<Point> points = main.points();
        Point last = points.get(points.size() - 1);
        int held = 0;
        while (held < points.size() && points.get(held).accuracy() >= baseline - HOLDS) {
            held++;
        }
        String dense = "the dense model (" + percent(baseline) + ")";
        if (points.stream().allMatch(p -> p.accuracy() >= baseline)) {
            return capital(main.name()) + " never falls below " + dense + ", even at " + percent(last.target())
                    + " sparsity (" + percent(last.accuracy()) + ").";
        }
        if (held == points.size()) {
            return capital(main.name()) + " stays within 1 point of " + dense + " all the way to "
                    + percent(last.target()) + " sparsity.";
        }
        if (held == 0) {
            Point first = points.get(0);
            return capital(main.name()) + " is already " + points(baseline - first.accuracy()) + " below " + dense
                    + " at " + percent(first.target()) + " sparsity, and reaches " + percent(last.accuracy()) + " at "
                    + percent(last.target()) + ".";
        }
        return capital(main.name()) + " stays within 1 point of " + dense + " up to "
                + percent(points.get(held - 1).target()) + " sparsity, then falls to " + percent(last.accuracy())
                + " at " + percent(last.target()) + ".";
    }

    /** The main series against another where they differ most (the sparser target on a tie). */
    static Optional<String> against(Series main, Series other) {
        Point bestMain = null;
        Point bestOther = null;
        for (Point a : main.points()) {
            for (Point b : other.points()) {
                if (a.target() == b.target()
                        && (bestMain == null
                                || Math.abs(a.accuracy() - b.accuracy())
                                        >= Math.abs(bestMain.accuracy() - bestOther.accuracy()))) {
                    bestMain = a;
                    bestOther = b;
                }
            }
        }
        return bestMain == null
                ? Optional.empty()
                : Optional.of(compared(main.name(), bestMain, other.name(), bestOther));
    }

    private static String compared(String name, Point a, String otherName, Point b) {
        double gap = a.accuracy() - b.accuracy();
        String at = "At " + percent(a.target()) + ", ";
        String cost = a.epochs() == b.epochs()
                ? ""
                : " for " + a.epochs() + " against " + b.epochs() + " extra epochs of training";
        if (Math.abs(gap) < TIE) {
            return at + name + " and " + otherName + " tie (" + percent(a.accuracy()) + " and " + percent(b.accuracy())
                    + ")" + cost + ".";
        }
        String verb = gap > 0 ? " beats " : " trails ";
        return at + name + verb + otherName + " by " + points(Math.abs(gap)) + " (" + percent(a.accuracy())
                + " against " + percent(b.accuracy()) + ")" + cost + ".";
    }

    /** Where the random control falls furthest behind the main series. */
    static Optional<String> control(Series main, Series control, double baseline) {
        Point worst = null;
        double widest = Double.NEGATIVE_INFINITY;
        for (Point c : control.points()) {
            for (Point m : main.points()) {
                if (m.target() == c.target() && m.accuracy() - c.accuracy() > widest) {
                    widest = m.accuracy() - c.accuracy();
                    worst = c;
                }
            }
        }
        if (worst == null) {
            return Optional.empty();
        }
        if (widest < TIE) {
            return Optional.of("Random pruning does as well as " + main.name() + " here (" + percent(worst.accuracy())
                    + " at " + percent(worst.target()) + "): on this model the criterion barely matters.");
        }
        return Optional.of("Random pruning is " + points(baseline - worst.accuracy()) + " down at "
                + percent(worst.target()) + ", " + points(widest) + " behind " + main.name()
                + ": the criterion, not the sparsity alone, decides what survives.");
    }

    /** What structure buys: real latency of a shrunk network, or the layers a global threshold empties. */
    static Optional<String> structure(ExperimentResult r) {
        List<CostRow> cost = r.cost();
        if (cost != null
                && cost.size() > 1
                && cost.get(cost.size() - 1).units() < cost.get(0).units()) {
            // the three timings of one row are taken side by side; timings of different rows drift with the load
            CostRow last = cost.get(cost.size() - 1);
            return Optional.of("At " + percent(last.target()) + " of units removed, the shrunk network runs a batch in "
                    + millis(last.latencyShrunkMs()) + " against " + millis(last.latencyDenseMs()) + " dense ("
                    + times(last.latencyDenseMs() / last.latencyShrunkMs()) + "), while CSR weights take "
                    + millis(last.latencyCsrMs()) + ".");
        }
        return r.layers() == null
                ? Optional.empty()
                : r.layers().stream()
                        .filter(row -> row.series().startsWith("global")
                                || row.series().equals(r.series().get(0).name()))
                        .map(Takeaways::uneven)
                        .flatMap(Optional::stream)
                        .findFirst();
    }

    private static Optional<String> uneven(LayerRow row) {
        List<ModelStats.LayerSparsity> layers = row.layers();
        if (layers.size() < 2) {
            return Optional.empty();
        }
        ModelStats.LayerSparsity most = layers.stream()
                .max(Comparator.comparingDouble(ModelStats.LayerSparsity::sparsity))
                .orElseThrow();
        ModelStats.LayerSparsity least = layers.stream()
                .min(Comparator.comparingDouble(ModelStats.LayerSparsity::sparsity))
                .orElseThrow();
        if (most.sparsity() - least.sparsity() < NOTABLE) {
            return Optional.empty();
        }
        return Optional.of("At " + percent(row.target()) + ", " + row.series() + " prunes " + most.name() + " to "
                + percent(most.sparsity()) + " but " + least.name() + " only to " + percent(least.sparsity())
                + ": one ranking for the whole network does not spread the cut evenly.");
    }

    /** The class that loses clearly more than the average, at the target where it stands out most. */
    static Optional<String> perClass(PerClass pc) {
        if (pc == null) {
            return Optional.empty();
        }
        String best = null;
        double widest = NOTABLE;
        for (int t = 0; t < pc.accuracy().size(); t++) {
            List<Double> at = pc.accuracy().get(t);
            int worst = -1;
            double sum = 0;
            int counted = 0;
            for (int c = 0; c < pc.classes().size(); c++) {
                if (at.get(c) == null || pc.dense().get(c) == null) {
                    continue;
                }
                double drop = pc.dense().get(c) - at.get(c);
                sum += drop;
                counted++;
                if (worst < 0 || drop > pc.dense().get(worst) - at.get(worst)) {
                    worst = c;
                }
            }
            if (counted < 2) {
                continue;
            }
            double average = sum / counted;
            double worstDrop = pc.dense().get(worst) - at.get(worst);
            if (worstDrop - average >= widest) {
                widest = worstDrop - average;
                best = "At " + percent(pc.targets().get(t)) + ", class "
                        + pc.classes().get(worst) + " loses "
                        + points(worstDrop) + " while the classes lose " + points(average)
                        + " on average: the mean hides where pruning hurts.";
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- trees -------------------------------------------------------------------------------------------------

    private static List<String> tree(TreeResult t) {
        List<AlphaRow> path = t.path();
        AlphaRow full = path.get(0);
        AlphaRow chosen = path.stream()
                .filter(row -> row.alpha() <= t.bestAlpha())
                .reduce((a, b) -> b)
                .orElse(full);
        AlphaRow root = path.get(path.size() - 1);
        AlphaRow bestTest = path.stream()
                .max(Comparator.comparingDouble(AlphaRow::testAccuracy).thenComparing(AlphaRow::alpha))
                .orElseThrow();
        List<String> out = new ArrayList<>();
        out.add("Cross-validation picked α = " + alpha(t.bestAlpha()) + ": the tree goes from " + full.leaves()
                + " leaves to " + chosen.leaves() + ", and test accuracy "
                + (t.testAccuracyBefore() == t.testAccuracyAfter()
                        ? "stays at " + percent(t.testAccuracyAfter())
                        : "goes from " + percent(t.testAccuracyBefore()) + " to " + percent(t.testAccuracyAfter()))
                + ".");
        out.add("Training accuracy only falls along the path, from " + percent(full.trainAccuracy()) + " to "
                + percent(chosen.trainAccuracy()) + " at the chosen α: the leaves it gives up were fitting the "
                + "training rows, not the problem.");
        out.add("The best test accuracy on the path, " + percent(bestTest.testAccuracy()) + ", comes with "
                + bestTest.leaves() + (bestTest.leaves() == 1 ? " leaf" : " leaves") + " (α = "
                + alpha(bestTest.alpha()) + "); the test rows cannot pick α honestly, cross-validation can.");
        out.add("The path has " + path.size() + " steps and ends at a single leaf predicting the majority class ("
                + percent(root.testAccuracy()) + " on test).");
        return out;
    }

    // ---- wording -----------------------------------------------------------------------------------------------

    /** 0.9 → "90%", 0.975 → "97.5%". */
    static String percent(double fraction) {
        double p = Math.round(fraction * 1000) / 10.0;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.1f", p)) + "%";
    }

    /** A difference of fractions in percentage points: 0.273 → "27.3 points". */
    static String points(double fraction) {
        double p = Math.round(fraction * 1000) / 10.0;
        String number = p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.1f", p);
        return number + (number.equals("1") ? " point" : " points");
    }

    private static String alpha(double alpha) {
        return alpha == 0 ? "0" : String.format(Locale.ROOT, "%.3g", alpha);
    }

    private static String millis(double ms) {
        return String.format(Locale.ROOT, ms < 1 ? "%.3f ms" : "%.2f ms", ms);
    }

    private static String times(double factor) {
        return factor >= 1
                ? String.format(Locale.ROOT, "%.1f× faster", factor)
                : String.format(Locale.ROOT, "%.1f× slower", 1 / factor);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
