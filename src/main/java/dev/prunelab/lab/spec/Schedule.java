package dev.prunelab.lab.spec;

/** When a network is pruned relative to its training. */
public enum Schedule implements Choice {
    ONE_SHOT,
    ITERATIVE,
    /** Zhu and Gupta: sparsity raised during training on a cubic schedule. */
    GRADUAL,
    /** Frankle and Carbin: train, prune, rewind to the initial weights, repeat. */
    LOTTERY;

    /** Whether it prunes single weights only (gradual, lottery). */
    public boolean singleWeightsOnly() {
        return this == GRADUAL || this == LOTTERY;
    }
}
