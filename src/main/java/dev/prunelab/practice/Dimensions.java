package dev.prunelab.practice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The six rubric dimensions every question is graded on, with short labels for filters, tables and charts. */
public final class Dimensions {

    /** Dimension id → label, in rubric order. */
    public static final Map<String, String> LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("foundations", "Foundations & math");
        labels.put("implementation", "Implementation & tuning");
        labels.put("tradeoffs", "Trade-offs");
        labels.put("evaluation", "Evaluation & metrics");
        labels.put("applications", "Applications");
        labels.put("communication", "Communication");
        LABELS = Collections.unmodifiableMap(labels);
    }

    private Dimensions() {}

    public static String label(String id) {
        return LABELS.getOrDefault(id, id);
    }
}
