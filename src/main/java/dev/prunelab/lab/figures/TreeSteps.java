package dev.prunelab.lab.figures;

import dev.prunelab.engine.data.DataSet;
import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.data.Splits;
import dev.prunelab.engine.tree.Criterion;
import dev.prunelab.engine.tree.DecisionTree;
import dev.prunelab.engine.tree.TreeOptions;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.result.ExperimentResult.AlphaRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The cost-complexity stepper's tree: when each node of the full tree leaves the weakest-link sequence, so the
 * explorable can grey the branches the next step prunes. It grows the tree workload's tree again (breast_cancer, gini,
 * the lab's stratified 80/20 split, seed 0) and prunes it at each alpha of the workload's path with the engine.
 *
 * @param alphas the path's alphas, step by step
 * @param gone   per node id of the full tree, the first step it is no longer in the tree (-1: never, the root)
 */
record TreeSteps(double[] alphas, int[] gone) {

    static final String NAME = "tree-steps";
    static final double TEST_FRACTION = 0.2;
    static final long SEED = 0;

    /** The full tree the tree workload grows. */
    static DecisionTree full() {
        Dataset all = DataSet.BREAST_CANCER.load(0, SEED);
        Dataset train = Splits.stratifiedTrainTest(all, TEST_FRACTION, SEED).train();
        return DecisionTree.fit(train, TreeOptions.defaults().withCriterion(Criterion.GINI));
    }

    static TreeSteps of(DecisionTree full, double[] alphas) {
        int[] gone = new int[full.nodeCount()];
        Arrays.fill(gone, -1);
        for (int step = 0; step < alphas.length; step++) {
            boolean[] present = new boolean[full.nodeCount()];
            mark(full, 0, full.prunedAt(alphas[step]), 0, present);
            for (int node = 0; node < present.length; node++) {
                if (!present[node] && gone[node] < 0) {
                    gone[node] = step;
                }
            }
        }
        return new TreeSteps(alphas.clone(), gone);
    }

    /** Writes the steps of the tree workload's path as the stepper's data. */
    static void write(ExperimentResult tree, Path data) throws IOException {
        double[] alphas =
                tree.tree().path().stream().mapToDouble(AlphaRow::alpha).toArray();
        Files.writeString(data.resolve(NAME + ".json"), FigureBuild.JSON.writeValueAsString(of(full(), alphas)));
    }

    /** Walks the full tree and a pruned copy together (the copy is renumbered), marking the full tree's kept nodes. */
    private static void mark(DecisionTree full, int node, DecisionTree pruned, int copy, boolean[] present) {
        present[node] = true;
        if (!pruned.isLeaf(copy)) {
            mark(full, full.leftChild(node), pruned, pruned.leftChild(copy), present);
            mark(full, full.rightChild(node), pruned, pruned.rightChild(copy), present);
        }
    }
}
