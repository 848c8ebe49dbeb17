package dev.prunelab.lab.spec;

/** What a network prunes: single weights, whole units, or a fixed n-of-every-4 pattern. */
public enum Granularity implements Choice {
    UNSTRUCTURED,
    NEURONS,
    N_OF_M;

    @Override
    public String id() {
        return this == N_OF_M ? "n:m" : Choice.super.id();
    }

    /** The name of a chart line that prunes at this granularity. */
    public String label() {
        return this == N_OF_M ? "N:M (n of every 4 kept)" : id();
    }
}
