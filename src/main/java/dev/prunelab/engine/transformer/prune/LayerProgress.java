package dev.prunelab.engine.transformer.prune;

/** Hears about each layer (or block part) as it is pruned; must be quick (runs on the pruning thread). */
@FunctionalInterface
public interface LayerProgress {

    /** Ignores every report. */
    LayerProgress NONE = (done, total, layer) -> {};

    /**
     * @param done steps finished so far
     * @param total steps of the whole run
     * @param layer what was just finished, e.g. {@code "block 2 ffn1"}
     */
    void onLayer(int done, int total, String layer);
}
