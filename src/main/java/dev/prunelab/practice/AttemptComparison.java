package dev.prunelab.practice;

import dev.prunelab.practice.feedback.Feedback;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two attempts side by side: the score of each dimension in both with the change, and the key points only one of
 * them made.
 *
 * @param first       the earlier attempt
 * @param second      the later attempt
 * @param dimensions  each dimension of either attempt, in rubric order
 * @param onlyFirst   texts of key points the earlier attempt made and the later did not
 * @param onlySecond  texts of key points the later attempt made and the earlier did not
 */
public record AttemptComparison(
        AttemptView first, AttemptView second, List<Row> dimensions, List<String> onlyFirst, List<String> onlySecond) {

    /** One dimension's score in both attempts ({@code null} where that attempt's rubric has no such dimension). */
    public record Row(String id, String name, Double first, Double second) {
        public Double change() {
            return first == null || second == null ? null : Math.round((second - first) * 10) / 10.0;
        }
    }

    /** The change of the overall score from the earlier to the later attempt. */
    public Double overallChange() {
        return Math.round((second.overall() - first.overall()) * 10) / 10.0;
    }

    /** Compares two attempts, ordering them by time. */
    public static AttemptComparison of(AttemptView a, AttemptView b) {
        AttemptView first = a.createdAt().isAfter(b.createdAt()) ? b : a;
        AttemptView second = first == a ? b : a;
        Map<String, Row> rows = new LinkedHashMap<>();
        first.feedback().dimensions().forEach(d -> rows.put(d.id(), new Row(d.id(), d.name(), d.score(), null)));
        second.feedback()
                .dimensions()
                .forEach(d -> rows.merge(
                        d.id(),
                        new Row(d.id(), d.name(), null, d.score()),
                        (old, add) -> new Row(old.id(), old.name(), old.first(), add.second())));
        return new AttemptComparison(
                first, second, new ArrayList<>(rows.values()), difference(first, second), difference(second, first));
    }

    private static List<String> difference(AttemptView from, AttemptView other) {
        Set<String> otherIds = new LinkedHashSet<>();
        other.feedback().matchedPoints().forEach(p -> otherIds.add(p.id()));
        return from.feedback().matchedPoints().stream()
                .filter(p -> !otherIds.contains(p.id()))
                .map(Feedback.MatchedPoint::text)
                .distinct()
                .toList();
    }
}
