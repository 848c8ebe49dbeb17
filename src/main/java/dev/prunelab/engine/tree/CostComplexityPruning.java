package dev.prunelab.engine.tree;

import java.util.Arrays;

/**
 * Minimal cost-complexity pruning (Breiman et al. 1984), with scikit-learn's definitions: one
 * weakest-link loop, steered by a {@link Controller} that either records the whole path or stops at a
 * given alpha (scikit-learn's {@code _PathFinder} and {@code _AlphaPruner}).
 *
 * <p>For a node t with subtree T_t: R(t) = samples(t) / samples(root) * impurity(t), R(T_t) = sum of
 * R over T_t's leaves, and the effective alpha g(t) = (R(t) - R(T_t)) / (leaves(T_t) - 1). Each round
 * collapses the internal node with the smallest g (the lowest id on ties).
 */
final class CostComplexityPruning {

    /** Steers the loop: when to stop, and what to keep from each round. */
    private interface Controller {
        /** Whether to stop before collapsing a weakest link of this effective alpha. */
        boolean stopBefore(double effectiveAlpha);

        /** Called with alpha 0 and the full tree's impurity, then after every collapse. */
        void record(double alpha, double totalLeafImpurity);
    }

    private CostComplexityPruning() {}

    static PruningPath path(DecisionTree tree) {
        double[] alphas = new double[tree.nodeCount()];
        double[] impurities = new double[tree.nodeCount()];
        int[] size = {0};
        weakestLinkLoop(tree, new Controller() {
            @Override
            public boolean stopBefore(double effectiveAlpha) {
                return false;
            }

            @Override
            public void record(double alpha, double totalLeafImpurity) {
                alphas[size[0]] = alpha;
                impurities[size[0]++] = totalLeafImpurity;
            }
        });
        return new PruningPath(Arrays.copyOf(alphas, size[0]), Arrays.copyOf(impurities, size[0]));
    }

    static DecisionTree prune(DecisionTree tree, double alpha) {
        if (!(alpha >= 0 && alpha < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("alpha must be a finite number >= 0, got " + alpha);
        }
        boolean[] leafAt = weakestLinkLoop(tree, new Controller() {
            @Override
            public boolean stopBefore(double effectiveAlpha) {
                return alpha < effectiveAlpha;
            }

            @Override
            public void record(double ignoredAlpha, double ignoredImpurity) {}
        });
        return tree.withLeavesAt(leafAt);
    }

    /** Runs the weakest-link rounds; returns which nodes end up as leaves of the kept subtree. */
    private static boolean[] weakestLinkLoop(DecisionTree tree, Controller controller) {
        int nodes = tree.nodeCount();
        double total = tree.samples(0);
        int[] parent = new int[nodes];
        double[] nodeRisk = new double[nodes];
        double[] branchRisk = new double[nodes];
        int[] branchLeaves = new int[nodes];
        boolean[] leafAt = new boolean[nodes];
        boolean[] candidate = new boolean[nodes];
        boolean[] inSubtree = new boolean[nodes];

        // phase 1: parents, per-node risk, and branch risk and leaf count bubbled up from every leaf in id order
        parent[0] = -1;
        for (int node = 0; node < nodes; node++) {
            nodeRisk[node] = tree.samples(node) * tree.impurity(node) / total;
            inSubtree[node] = true;
            if (!tree.isLeaf(node)) {
                parent[tree.leftChild(node)] = node;
                parent[tree.rightChild(node)] = node;
            }
        }
        for (int leaf = 0; leaf < nodes; leaf++) {
            if (!tree.isLeaf(leaf)) {
                continue;
            }
            leafAt[leaf] = true;
            branchRisk[leaf] = nodeRisk[leaf];
            for (int node = leaf; node != 0; node = parent[node]) {
                branchRisk[parent[node]] += nodeRisk[leaf];
                branchLeaves[parent[node]]++;
            }
        }
        for (int node = 0; node < nodes; node++) {
            candidate[node] = !leafAt[node];
        }
        controller.record(0.0, branchRisk[0]);

        // phase 2: collapse the weakest link until the root is a leaf or the controller stops
        int[] descendants = new int[nodes];
        while (candidate[0]) {
            double effectiveAlpha = Double.MAX_VALUE;
            int weakest = -1;
            for (int node = 0; node < nodes; node++) {
                if (candidate[node]) {
                    double alpha = (nodeRisk[node] - branchRisk[node]) / (branchLeaves[node] - 1);
                    if (alpha < effectiveAlpha) {
                        effectiveAlpha = alpha;
                        weakest = node;
                    }
                }
            }
            if (controller.stopBefore(effectiveAlpha)) {
                break;
            }
            int pending = 0;
            descendants[pending++] = weakest;
            while (pending > 0) {
                int node = descendants[--pending];
                if (!inSubtree[node]) {
                    continue;
                }
                candidate[node] = false;
                leafAt[node] = false;
                inSubtree[node] = false;
                if (!tree.isLeaf(node)) {
                    descendants[pending++] = tree.leftChild(node);
                    descendants[pending++] = tree.rightChild(node);
                }
            }
            leafAt[weakest] = true;
            inSubtree[weakest] = true;

            int prunedLeaves = branchLeaves[weakest] - 1;
            branchLeaves[weakest] = 0;
            double riskIncrease = nodeRisk[weakest] - branchRisk[weakest];
            branchRisk[weakest] = nodeRisk[weakest];
            for (int node = parent[weakest]; node != -1; node = parent[node]) {
                branchLeaves[node] -= prunedLeaves;
                branchRisk[node] += riskIncrease;
            }
            controller.record(effectiveAlpha, branchRisk[0]);
        }
        return leafAt;
    }
}
