package dev.prunelab.lab.spec;

/** Which setting an experiment varies side by side, one chart line per value. */
public enum Compare implements Choice {
    NONE,
    SCOPE,
    SCHEDULE,
    GRANULARITY,
    CRITERION
}
