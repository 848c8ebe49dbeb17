package dev.prunelab.lab.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fixed-seed experiments the figures are drawn from, as lab requests (the field names of POST
 * /api/experiments). Small on purpose: a digits MLP of 1,000 rows trains in well under a second, so the whole set
 * runs in a few seconds, once per change of the engine.
 */
final class Workloads {

    static final String SWEEP = "sweep";
    static final String NEURONS = "neurons";
    static final String SCOPE = "scope";
    static final String SCHEDULES = "schedules";
    static final String LOTTERY = "lottery";
    static final String TREE = "tree";

    private static final String DIGITS =
            "\"dataset\":\"digits\",\"rows\":1000,\"hidden\":[64,32],\"epochs\":10,\"fineTuneEpochs\":2,\"seed\":0";

    static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put(SWEEP, "{" + DIGITS + ",\"sparsities\":[0.3,0.5,0.7,0.8,0.85,0.9,0.95,0.98]}");
        ALL.put(
                NEURONS,
                "{" + DIGITS
                        + ",\"granularity\":\"neurons\",\"scope\":\"layer\",\"compare\":\"granularity\","
                        + "\"sparsities\":[0.25,0.5,0.75,0.9]}");
        ALL.put(SCOPE, "{" + DIGITS + ",\"compare\":\"scope\",\"sparsities\":[0.8,0.9,0.95]}");
        ALL.put(SCHEDULES, "{" + DIGITS + ",\"compare\":\"schedule\",\"rounds\":3,\"sparsities\":[0.8,0.9,0.95]}");
        ALL.put(
                LOTTERY,
                "{\"dataset\":\"digits\",\"rows\":1000,\"hidden\":[64,32],\"epochs\":4,\"schedule\":\"lottery\","
                        + "\"rounds\":4,\"sparsities\":[0.95],\"seed\":0}");
        ALL.put(
                TREE,
                "{\"dataset\":\"breast_cancer\",\"model\":\"tree\",\"criterion\":\"gini\",\"rows\":569,\"folds\":5,\"seed\":0}");
    }

    private Workloads() {}
}
