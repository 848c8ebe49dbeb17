package dev.prunelab.engine.prune;

/** The validation of a target sparsity, shared by every schedule. */
public final class SparsityCheck {

    private SparsityCheck() {}

    /**
     * @param name the parameter's name for the message
     * @param sparsity must be in [0, 1): pruning everything leaves no model
     */
    public static double require(String name, double sparsity) {
        if (!(sparsity >= 0 && sparsity < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + sparsity);
        }
        return sparsity;
    }
}
