package dev.prunelab.engine.transformer;

/** The six linear layers of an encoder block: the ones that pruning methods work on. */
public enum LinearRole {
    /** Attention query projection, hidden → heads·32. */
    Q,
    /** Attention key projection, hidden → heads·32. */
    K,
    /** Attention value projection, hidden → heads·32. */
    V,
    /** Attention output projection, heads·32 → hidden. */
    O,
    /** Feed-forward expansion, hidden → FFN width (GELU follows). */
    FFN1,
    /** Feed-forward contraction, FFN width → hidden. */
    FFN2
}
