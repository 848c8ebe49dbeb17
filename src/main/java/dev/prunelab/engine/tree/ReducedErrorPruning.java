package dev.prunelab.engine.tree;

import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.data.Require;

/**
 * Reduced-error pruning (Quinlan 1987): using a validation set the tree was not grown on, every
 * internal node whose replacement by a leaf (predicting its training majority class) makes no more
 * validation errors than its subtree is collapsed, bottom-up, so the result is the smallest subtree
 * with the fewest validation errors among those the bottom-up pass considers.
 *
 * <pre>{@code
 * Split split = Splits.stratifiedTrainTest(Datasets.load("breast_cancer"), 0.3, 0);
 * DecisionTree grown = DecisionTree.fit(split.train(), TreeOptions.defaults());
 * DecisionTree pruned = ReducedErrorPruning.prune(grown, split.test());
 * }</pre>
 */
public final class ReducedErrorPruning {

    private ReducedErrorPruning() {}

    /**
     * Prunes {@code tree} against {@code validation}.
     *
     * @throws IllegalArgumentException if {@code validation}'s feature or class count differs from the tree's
     */
    public static DecisionTree prune(DecisionTree tree, Dataset validation) {
        Require.notNull("tree", tree);
        tree.checkWidth(validation);
        Require.sameSize("validation.classes()", validation.classes(), "the tree's class count", tree.classes());

        // errors each node would make as a leaf, on the validation samples routed through it
        int nodes = tree.nodeCount();
        int[] errorsAsLeaf = new int[nodes];
        float[] values = validation.features();
        for (int row = 0; row < validation.rows(); row++) {
            int label = validation.label(row);
            int node = 0;
            while (true) {
                errorsAsLeaf[node] += tree.majorityClass(node) == label ? 0 : 1;
                if (tree.isLeaf(node)) {
                    break;
                }
                float value = values[row * tree.featureCount() + tree.feature(node)];
                node = value <= tree.threshold(node) ? tree.leftChild(node) : tree.rightChild(node);
            }
        }

        // children have larger ids than their parent (pre-order), so a descending pass is bottom-up
        int[] subtreeErrors = new int[nodes];
        boolean[] leafAt = new boolean[nodes];
        for (int node = nodes - 1; node >= 0; node--) {
            if (tree.isLeaf(node)) {
                subtreeErrors[node] = errorsAsLeaf[node];
                continue;
            }
            int keep = subtreeErrors[tree.leftChild(node)] + subtreeErrors[tree.rightChild(node)];
            leafAt[node] = errorsAsLeaf[node] <= keep;
            subtreeErrors[node] = Math.min(errorsAsLeaf[node], keep);
        }
        return tree.withLeavesAt(leafAt);
    }
}
