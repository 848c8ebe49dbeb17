package dev.prunelab.lab.spec;

/** How a network ranks its weights for pruning. */
public enum PruneCriterion implements Choice {
    MAGNITUDE,
    RANDOM,
    /** Connection sensitivity, scored on the freshly initialised network (Lee et al. 2019). */
    SNIP,
    TAYLOR;

    /** The name of a chart line that prunes by this criterion. */
    public String label() {
        return switch (this) {
            case SNIP -> "SNIP at initialisation";
            case TAYLOR -> "Taylor |w·g| after training";
            case MAGNITUDE, RANDOM -> id();
        };
    }

    /** Whether it prunes before training (then the pruned network trains from scratch). */
    public boolean atInitialisation() {
        return this == SNIP;
    }
}
