package dev.prunelab.practice.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Prints the engine's scores beside the expert grades, and the rank correlation on the tuning answers.
 * Held-out answers are only shown with {@code -Dshow.heldout=true}, so tuning never looks at them.
 */
final class CalibrationReport {

    public static void main(String[] args) {
        boolean showHeldOut = Boolean.getBoolean("show.heldout");
        long start = System.nanoTime();
        FeedbackEngine engine = CalibrationSet.engine();
        System.out.printf(Locale.ROOT, "engine built in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        List<double[]> tuning = new ArrayList<>(), heldOut = new ArrayList<>(), all = new ArrayList<>();
        int agree = 0, total = 0;
        for (CalibrationSet.Sample s : CalibrationSet.samples()) {
            boolean held = CalibrationSet.HELD_OUT.contains(s.id());
            if (held && !showHeldOut) {
                continue;
            }
            long t = System.nanoTime();
            Feedback f = engine.evaluate(s.question(), s.answer(), OptionalInt.empty());
            long ms = (System.nanoTime() - t) / 1_000_000;
            (held ? heldOut : tuning).add(new double[] {s.overall(), f.overall()});
            all.add(new double[] {s.overall(), f.overall()});
            StringBuilder dims = new StringBuilder();
            for (Feedback.DimensionScore d : f.dimensions()) {
                double g = s.grades().get(d.id());
                dims.append(String.format(Locale.ROOT, " %s=%.1f/%.1f", d.id().substring(0, 4), d.score(), g));
                agree += Math.abs(d.score() - g) <= 1.0 ? 1 : 0;
                total++;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %s expert=%.1f engine=%.1f (%d ms) mis=%d%s%n",
                    s.id(),
                    held ? "H" : " ",
                    s.overall(),
                    f.overall(),
                    ms,
                    f.misconceptions().size(),
                    dims);
        }
        long warm = System.nanoTime();
        List<CalibrationSet.Sample> samples = CalibrationSet.samples();
        samples.forEach(s -> engine.evaluate(s.question(), s.answer(), OptionalInt.empty()));
        System.out.printf(
                Locale.ROOT,
                "warm: %.1f ms per answer (%d answers, %d words on average)%n",
                (System.nanoTime() - warm) / 1e6 / samples.size(),
                samples.size(),
                samples.stream().mapToInt(s -> s.answer().split("\\s+").length).sum() / samples.size());
        System.out.printf(
                Locale.ROOT,
                "overall mean absolute error (tuning): %.2f%n",
                tuning.stream()
                        .mapToDouble(p -> Math.abs(p[0] - p[1]))
                        .average()
                        .orElse(0));
        System.out.printf(
                Locale.ROOT,
                "rho tuning=%.3f%s  dimensions within 1 point: %d/%d%n",
                rho(tuning),
                showHeldOut ? String.format(Locale.ROOT, " held-out=%.3f all=%.3f", rho(heldOut), rho(all)) : "",
                agree,
                total);
    }

    static double rho(List<double[]> pairs) {
        return CalibrationSet.spearman(
                pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
    }
}
