package dev.prunelab.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's last word on the question: strong, pass, borderline or not yet, with the reasons. It reads the overall
 * score (the interviewer's mean in a pair that was scored, else the engine's mean answer score), the weakest dimension
 * and how many questions were answered. A weak dimension or unanswered questions hold the verdict down however good
 * the mean is, as a real interviewer's would.
 *
 * <table>
 *   <caption>Thresholds (0–4 scale)</caption>
 *   <tr><th>verdict</th><th>overall at least</th><th>weakest dimension at least</th><th>answered</th></tr>
 *   <tr><td>strong</td><td>3.2</td><td>2.5</td><td>all</td></tr>
 *   <tr><td>pass</td><td>2.5</td><td>1.5</td><td>the main question</td></tr>
 *   <tr><td>borderline</td><td>1.8</td><td>–</td><td>the main question</td></tr>
 *   <tr><td>not yet</td><td colspan="3">anything less</td></tr>
 * </table>
 *
 * @param reasons why, most telling first
 */
public record Verdict(Level level, List<String> reasons) {

    static final double STRONG = 3.2, PASS = 2.5, BORDERLINE = 1.8;
    static final double STRONG_FLOOR = 2.5, PASS_FLOOR = 1.5;

    /** The four verdicts, best first. */
    public enum Level {
        STRONG("Strong"),
        PASS("Pass"),
        BORDERLINE("Borderline"),
        NOT_YET("Not yet");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** For the page's styling: "strong", "pass", "borderline", "not-yet". */
        public String css() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The verdict on an interview.
     *
     * @param overall          the report's overall score
     * @param byInterviewer    whether that is the interviewer's mean (else the engine's)
     * @param dimensions       the scores per dimension that the verdict weighs (the interviewer's where given)
     * @param asked            questions asked
     * @param answered         questions answered
     * @param mainAnswered     whether the main question was answered
     */
    static Verdict of(
            double overall,
            boolean byInterviewer,
            List<InterviewReport.Row> dimensions,
            int asked,
            int answered,
            boolean mainAnswered) {
        Optional<Weakest> weakest = dimensions.stream()
                .map(Weakest::of)
                .flatMap(Optional::stream)
                .min(Comparator.comparingDouble(Weakest::score));
        double floor = weakest.map(Weakest::score).orElse(0.0);
        boolean all = asked > 0 && answered == asked;
        Level level;
        if (!mainAnswered) {
            level = Level.NOT_YET;
        } else if (overall >= STRONG && floor >= STRONG_FLOOR && all) {
            level = Level.STRONG;
        } else if (overall >= PASS && floor >= PASS_FLOOR) {
            level = Level.PASS;
        } else if (overall >= BORDERLINE) {
            level = Level.BORDERLINE;
        } else {
            level = Level.NOT_YET;
        }
        List<String> reasons = new ArrayList<>();
        if (!mainAnswered) {
            reasons.add("The main question was not answered, so there is nothing to judge it on.");
        }
        reasons.add("Overall " + overall + " / 4" + (byInterviewer ? " from the interviewer's scores" : "")
                + threshold(level, overall));
        weakest.ifPresent(w -> reasons.add("Weakest dimension: " + w.label() + " at " + w.score() + " / 4"
                + (level == Level.BORDERLINE && overall >= PASS && w.score() < PASS_FLOOR
                        ? ", below the " + PASS_FLOOR + " a pass needs in every dimension."
                        : level == Level.PASS && overall >= STRONG && w.score() < STRONG_FLOOR
                                ? ", below the " + STRONG_FLOOR + " a strong verdict needs in every dimension."
                                : ".")));
        reasons.add(answered + " of " + asked + " question" + (asked == 1 ? "" : "s") + " answered"
                + (level == Level.PASS && !all && overall >= STRONG ? ": a strong verdict needs every one." : "."));
        return new Verdict(level, List.copyOf(reasons));
    }

    private static String threshold(Level level, double overall) {
        return switch (level) {
            case STRONG -> ", at or above the " + STRONG + " of a strong answer.";
            case PASS -> overall >= STRONG ? "." : ", at or above the " + PASS + " a pass needs.";
            case BORDERLINE -> overall >= PASS ? "." : ", short of the " + PASS + " a pass needs.";
            case NOT_YET -> overall >= BORDERLINE ? "." : ", short of the " + BORDERLINE + " of a borderline answer.";
        };
    }

    /** A dimension's score as the verdict weighs it: the interviewer's where they gave one, else the engine's. */
    private record Weakest(String label, double score) {
        static Optional<Weakest> of(InterviewReport.Row row) {
            if (row.interviewer() != null) {
                return Optional.of(new Weakest(row.label(), row.interviewer()));
            }
            return Optional.ofNullable(row.engine()).map(e -> new Weakest(row.label(), e));
        }
    }
}
