package dev.prunelab.engine.tree;

/**
 * The minimal cost-complexity pruning path of a tree: after each weakest-link collapse, the
 * effective alpha at which it happens and the total weighted impurity of the remaining leaves
 * ({@code sum over leaves of samples / total * impurity}). Entry 0 is the unpruned tree
 * (alpha 0); the last entry is the root alone. Equal to scikit-learn's {@code ccp_alphas}/{@code impurities}.
 *
 * @param ccpAlphas  non-decreasing effective alphas
 * @param impurities total leaf impurity of the subtree kept for each alpha
 */
public record PruningPath(double[] ccpAlphas, double[] impurities) {

    /** Number of subtrees on the path. */
    public int size() {
        return ccpAlphas.length;
    }
}
