package dev.prunelab.engine.prune;

/** Where the amount applies: to each weight on its own, or to all weights ranked together. */
public enum Scope {
    /** Every weight loses the same amount (torch's per-module pruning). */
    LAYER,
    /** One ranking across all weights (torch's {@code global_unstructured}); layers end up uneven. */
    GLOBAL
}
