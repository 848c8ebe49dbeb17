package dev.prunelab.lab.spec;

/** The kind of model an experiment prunes. */
public enum Model implements Choice {
    MLP,
    CNN,
    TREE;

    /** The name the builder shows. */
    public String label() {
        return switch (this) {
            case MLP -> "MLP";
            case CNN -> "CNN (LeNet-5 style)";
            case TREE -> "decision tree (CART)";
        };
    }
}
