package dev.prunelab.progress;

import dev.prunelab.web.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The detail of a practice attempt's progress event: {@code {"dimensions": {"foundations": 2.5, …}, "covered":
 * ["point-id", …]}} (the score per rubric dimension, and the rubric points the answer covered).
 */
record PracticeDetail(Map<String, Double> dimensions, List<String> covered) {

    /** The detail of a practice event; empty when it has none or it is not this JSON (the pages show what they can). */
    static Optional<PracticeDetail> of(ProgressEvent e, Json json) {
        if (e.kind != ProgressEvent.Kind.PRACTICE_ATTEMPT) {
            return Optional.empty();
        }
        return json.tree(e.detail).map(detail -> {
            Map<String, Double> dimensions = new LinkedHashMap<>();
            detail.path("dimensions")
                    .fields()
                    .forEachRemaining(
                            d -> dimensions.put(d.getKey(), d.getValue().asDouble()));
            List<String> covered = new ArrayList<>();
            detail.path("covered").forEach(p -> covered.add(p.asText()));
            return new PracticeDetail(dimensions, covered);
        });
    }
}
