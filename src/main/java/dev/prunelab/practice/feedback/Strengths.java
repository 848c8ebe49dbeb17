package dev.prunelab.practice.feedback;

import dev.prunelab.practice.feedback.Feedback.DimensionScore;
import dev.prunelab.practice.feedback.Feedback.Length;
import dev.prunelab.practice.feedback.Feedback.MatchedPoint;
import dev.prunelab.practice.feedback.Feedback.Refutation;
import dev.prunelab.practice.feedback.Feedback.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What an answer did well, in the words a good interviewer opens with: the dimensions it was strong on and the points
 * that earned it, the misconceptions it corrected, and a clear structure. At most {@link #MAX} notes.
 */
final class Strengths {

    static final int MAX = 4;
    /** A dimension at or above this score is called a strength. */
    static final double STRONG = 2.8;

    private Strengths() {}

    static List<String> of(
            List<DimensionScore> dimensions,
            List<MatchedPoint> matched,
            List<Refutation> refutations,
            WritingChecks.Structure structure,
            Length length,
            boolean offTopic) {
        if (offTopic) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        dimensions.stream()
                .filter(d -> d.score() >= STRONG)
                .sorted(Comparator.comparingDouble(DimensionScore::score).reversed())
                .limit(2)
                .forEach(d -> notes.add("Strong on " + d.name().toLowerCase(Locale.ROOT) + " (" + d.score() + "/4): "
                        + pointsOf(matched, d.id()) + "."));
        if (!refutations.isEmpty()) {
            notes.add("You corrected a common misconception"
                    + (refutations.size() > 1 ? "s" : "") + ": \""
                    + refutations.get(0).claim() + "\""
                    + (refutations.size() > 1 ? " and " + (refutations.size() - 1) + " more" : "")
                    + " — interviewers listen for exactly that.");
        }
        if (structure.definitionFirst() && structure.signposts() >= 2) {
            notes.add("Clear structure: you open with a definition and signpost the parts of the answer.");
        }
        if (notes.size() < 2 && !matched.isEmpty() && dimensions.stream().noneMatch(d -> d.score() >= STRONG)) {
            notes.add(
                    0,
                    "You made " + matched.size() + " key point" + (matched.size() == 1 ? "" : "s") + ", such as "
                            + shortText(matched.get(0).text()) + ".");
        }
        if (length.verdict() == Verdict.ABOUT_RIGHT && !notes.isEmpty()) {
            notes.add("The length fits the time box.");
        }
        return List.copyOf(notes.subList(0, Math.min(MAX, notes.size())));
    }

    private static String pointsOf(List<MatchedPoint> matched, String dimension) {
        List<String> points = matched.stream()
                .filter(p -> p.dimension().equals(dimension))
                .sorted(Comparator.comparingDouble(MatchedPoint::strength).reversed())
                .limit(2)
                .map(p -> shortText(p.text()))
                .toList();
        return points.isEmpty() ? "your sentences covered it well" : String.join("; ", points);
    }

    /** A point's text up to its first colon or full stop, lower-cased first letter, without math. */
    static String shortText(String text) {
        String plain =
                text.replaceAll("\\$[^$]*\\$", "").replaceAll("\\s+", " ").strip();
        int cut = plain.length();
        for (String stop : List.of(": ", ". ", " (", "; ")) {
            int at = plain.indexOf(stop);
            if (at > 20 && at < cut) {
                cut = at;
            }
        }
        String head = plain.substring(0, cut).replaceAll("[.,;:]+$", "");
        return head.isEmpty() ? head : Character.toLowerCase(head.charAt(0)) + head.substring(1);
    }
}
