package dev.prunelab.interview;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.QuestionCard;
import dev.prunelab.content.Rubric;
import dev.prunelab.practice.Dimensions;
import dev.prunelab.practice.feedback.Feedback;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses follow-ups from the gaps in the main answer. A follow-up's gap is how weak the main answer was in the
 * dimension the follow-up probes ({@code 4 − score}, on the rubric's 0–4 scale). Its priority is that gap plus half the weight of the main rubric's key points the answer
 * missed that the follow-up's own rubric teaches in the same lesson section (so "no metrics" leads to the evaluation
 * follow-up, and "nothing on hardware" to "why doesn't sparsity speed up my GPU?"), capped at 4, less
 * {@value #REPEAT_PENALTY} for each follow-up already asked on the same dimension (so the interview moves on to the
 * next gap). Ties keep the card's order. Pure and deterministic.
 */
public final class FollowUpPlanner {

    static final double OVERLAP_WEIGHT = 0.5, MAX_OVERLAP = 4, UNKNOWN_SCORE = 2, REPEAT_PENALTY = 2.5;
    /**
     * Priority added when the main answer stated a misconception that this follow-up's lessons correct: an
     * interviewer probes a wrong claim before a gap.
     */
    static final double MISCONCEPTION_WEIGHT = 3;

    private static final int REASON_POINT_CHARS = 120;

    /**
     * A follow-up worth asking next.
     *
     * @param priority the order follow-ups are suggested in (higher first): the gap, the missed points it teaches, less
     *                 the follow-ups already asked on its dimension
     * @param gap      how much the main answer left open in the dimension this follow-up probes, 0–4 (4 − its score)
     * @param reason   why it is suggested, for the candidate or interviewer
     */
    public record Suggestion(
            String followUpId, String question, String dimension, double priority, double gap, String reason) {}

    private FollowUpPlanner() {}

    /**
     * The card's follow-ups not yet asked, those probing the biggest gaps first.
     *
     * @param main the feedback on the main answer, or empty before it is answered (then the card's order)
     */
    public static List<Suggestion> rank(
            ContentCatalog catalog, QuestionCard card, Optional<Feedback> main, Set<String> asked) {
        List<Suggestion> suggestions = new ArrayList<>();
        List<String> askedDimensions = card.followUps().stream()
                .filter(f -> asked.contains(f.id()))
                .map(QuestionCard.FollowUp::dimension)
                .toList();
        for (QuestionCard.FollowUp followUp : card.followUps()) {
            if (asked.contains(followUp.id())) {
                continue;
            }
            double repeats = askedDimensions.stream()
                            .filter(followUp.dimension()::equals)
                            .count()
                    * REPEAT_PENALTY;
            suggestions.add(main.filter(Feedback::scored)
                    .map(f -> fromGaps(catalog, followUp, f, repeats))
                    .orElseGet(() -> new Suggestion(
                            followUp.id(),
                            followUp.question(),
                            followUp.dimension(),
                            0,
                            0,
                            "A follow-up on "
                                    + Dimensions.label(followUp.dimension()).toLowerCase(Locale.ROOT) + ".")));
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::priority).reversed());
        return List.copyOf(suggestions);
    }

    private static Suggestion fromGaps(
            ContentCatalog catalog, QuestionCard.FollowUp followUp, Feedback main, double repeats) {
        Set<String> taught = new HashSet<>();
        catalog.rubric(followUp.id())
                .ifPresent(r -> r.dimensions().stream()
                        .flatMap(d -> d.points().stream())
                        .map(Rubric.Point::lesson)
                        .forEach(link -> taught.add(link.href())));
        List<Feedback.MissedPoint> overlap = main.missedPoints().stream()
                .filter(p -> taught.contains(p.href()))
                .toList();
        double dimension = main.dimensions().stream()
                .filter(d -> d.id().equals(followUp.dimension()))
                .mapToDouble(Feedback.DimensionScore::score)
                .findFirst()
                .orElse(UNKNOWN_SCORE);
        List<Feedback.FlaggedMisconception> stated = main.misconceptions().stream()
                .filter(m -> taught.stream().anyMatch(href -> lesson(href).equals(lesson(m.href()))))
                .toList();
        double overlapWeight =
                overlap.stream().mapToInt(Feedback.MissedPoint::weight).sum();
        double gap = Math.max(0, Math.min(4, 4 - dimension));
        double priority = gap
                + Math.min(MAX_OVERLAP, OVERLAP_WEIGHT * overlapWeight)
                + (stated.isEmpty() ? 0 : MISCONCEPTION_WEIGHT)
                - repeats;
        String label = Dimensions.label(followUp.dimension());
        String reason = !stated.isEmpty()
                ? "The main answer claimed: " + shorten(stated.get(0).claim()) + " (" + label + " " + dimension + "/4)."
                : overlap.isEmpty()
                        ? label + ": the main answer scored " + dimension + "/4 here."
                        : "The main answer did not cover: "
                                + shorten(overlap.get(0).text()) + " (" + label + " " + dimension + "/4).";
        return new Suggestion(
                followUp.id(),
                followUp.question(),
                followUp.dimension(),
                Math.round(priority * 100) / 100.0,
                Math.round(gap * 10) / 10.0,
                reason);
    }

    /** A lesson link without its section anchor. */
    private static String lesson(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? href : href.substring(0, hash);
    }

    /** The point's first clause, without Markdown math, cut to a readable length. */
    static String shorten(String text) {
        String plain =
                text.replaceAll("\\$[^$]*\\$", "…").replaceAll("\\s+", " ").strip();
        int colon = plain.indexOf(": ");
        if (colon > 20) {
            plain = plain.substring(0, colon);
        }
        if (plain.length() > REASON_POINT_CHARS) {
            int space = plain.lastIndexOf(' ', REASON_POINT_CHARS);
            plain = plain.substring(0, space > 0 ? space : REASON_POINT_CHARS) + "…";
        }
        return plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
