package dev.prunelab.lab.spec;

import dev.prunelab.engine.prune.Scope;

/** Where a sparsity target applies: one ranking for the network, or the same sparsity in every layer. */
public enum PruneScope implements Choice {
    GLOBAL,
    LAYER;

    /** The name of a chart line that prunes with this scope. */
    public String label() {
        return this == GLOBAL ? "global threshold" : "layer-wise threshold";
    }

    public Scope engine() {
        return this == GLOBAL ? Scope.GLOBAL : Scope.LAYER;
    }

    /** The other scope, to compare against. */
    public PruneScope other() {
        return this == GLOBAL ? LAYER : GLOBAL;
    }
}
