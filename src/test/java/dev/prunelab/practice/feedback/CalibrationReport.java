package dev.prunelab.practice.feedback;

import dev.prunelab.practice.feedback.CalibrationSet.Sample;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The engine against the graded answers: the four figures the feedback must meet, for the tuning part and the
 * held-out part side by side (and the blind part when it exists), and (with {@code --detail}) each tuning answer's
 * score beside its grade. Held-out and blind answers are never listed one by one, so tuning cannot look at them.
 *
 * <p>Run: {@code ./mvnw -q -Pcalibration exec:java} (see the engine documentation).
 */
public final class CalibrationReport {

    /**
     * The four figures for one part of the set.
     *
     * @param rho           Spearman's rank correlation of the overall score with the grade
     * @param mae           mean absolute error of overall × 2.5 against the grade (0–10)
     * @param falseFlags    answers with no misconception that got one flagged
     * @param wrongFlags    flags of misconceptions the answer does not state (any answer)
     * @param stated        misconceptions the answers state (answer × id)
     * @param caught        of those, how many were flagged with the right id
     */
    record Figures(int answers, double rho, double mae, int falseFlags, int wrongFlags, int stated, int caught) {

        double recall() {
            return stated == 0 ? 1 : caught / (double) stated;
        }

        String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "%-9s answers=%d rho=%.4f mae=%.3f false-flag-answers=%d wrong-flags=%d recall=%.2f (%d/%d)",
                    name,
                    answers,
                    rho,
                    mae,
                    falseFlags,
                    wrongFlags,
                    recall(),
                    caught,
                    stated);
        }
    }

    static Figures figures(FeedbackEngine engine, List<Sample> samples, List<String> detail) {
        double[] grades = new double[samples.size()], scores = new double[samples.size()];
        double error = 0;
        int falseFlags = 0, wrongFlags = 0, stated = 0, caught = 0;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            Feedback f = engine.evaluate(s.question(), s.answer(), OptionalInt.empty());
            grades[i] = s.grade();
            scores[i] = f.overall();
            error += Math.abs(f.overall() * 2.5 - s.grade());
            Set<String> flagged = new HashSet<>();
            f.misconceptions().forEach(m -> flagged.add(m.id()));
            if (s.states().isEmpty() && !flagged.isEmpty()) {
                falseFlags++;
            }
            List<String> wrong = flagged.stream()
                    .filter(id -> !s.states().contains(id))
                    .sorted()
                    .toList();
            wrongFlags += wrong.size();
            stated += s.states().size();
            List<String> missed =
                    s.states().stream().filter(id -> !flagged.contains(id)).toList();
            caught += s.states().size() - missed.size();
            if (detail != null) {
                detail.add(String.format(
                        Locale.ROOT,
                        "%-48s grade=%2d engine=%.1f (x2.5=%4.1f, err %+5.1f)%s%s",
                        s.id(),
                        s.grade(),
                        f.overall(),
                        f.overall() * 2.5,
                        f.overall() * 2.5 - s.grade(),
                        wrong.isEmpty() ? "" : " WRONG-FLAG " + wrong,
                        missed.isEmpty() ? "" : " MISSED " + missed));
            }
        }
        return new Figures(
                samples.size(),
                CalibrationSet.spearman(grades, scores),
                error / samples.size(),
                falseFlags,
                wrongFlags,
                stated,
                caught);
    }

    public static void main(String[] args) {
        boolean detail = List.of(args).contains("--detail");
        long start = System.nanoTime();
        FeedbackEngine engine = CalibrationSet.engine();
        System.out.printf(Locale.ROOT, "engine built in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        List<String> lines = detail ? new ArrayList<>() : null;
        Figures tuning = figures(engine, CalibrationSet.tuning(), lines);
        if (lines != null) {
            lines.forEach(System.out::println);
        }
        List<String> heldLines = List.of(args).contains("--detail-held-out") ? new ArrayList<>() : null;
        Figures heldOut = figures(engine, CalibrationSet.heldOut(), heldLines);
        if (heldLines != null) {
            heldLines.forEach(System.out::println);
        }
        System.out.println(tuning.line("tuning"));
        System.out.println(heldOut.line("held-out"));
        List<Sample> blind = CalibrationSet.blind();
        if (!blind.isEmpty()) {
            System.out.println(figures(engine, blind, null).line("blind"));
        }
    }
}
