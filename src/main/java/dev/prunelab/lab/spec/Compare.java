package dev.prunelab.lab.spec;

/** Which setting an experiment varies side by side, one chart line per value. */
public enum Compare implements Choice {
    NONE,
    SCOPE,
    SCHEDULE,
    GRANULARITY,
    CRITERION,
    /** The transformer's one-shot methods at both patterns, unstructured and 2:4 (model minilm only). */
    CRITERION_AND_GRANULARITY
}
