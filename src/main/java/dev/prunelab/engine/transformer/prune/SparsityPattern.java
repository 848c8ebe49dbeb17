package dev.prunelab.engine.transformer.prune;

/** Which weights may be removed together. */
public enum SparsityPattern {
    /** Any weight; the sparsity is a free fraction. */
    UNSTRUCTURED("unstructured"),
    /** Two of every four consecutive inputs of a row (NVIDIA's sparse tensor cores); sparsity exactly 0.5. */
    TWO_FOUR("2:4");

    private final String label;

    SparsityPattern(String label) {
        this.label = label;
    }

    /** The name the reference scripts print. */
    public String label() {
        return label;
    }
}
