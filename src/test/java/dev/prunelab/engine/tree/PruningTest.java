package dev.prunelab.engine.tree;

import static dev.prunelab.engine.data.ArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.data.Datasets;
import dev.prunelab.engine.data.Split;
import dev.prunelab.engine.data.Splits;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Invariants of cost-complexity pruning, alpha selection and reduced-error pruning. */
class PruningTest {

    private static final Dataset CANCER = Datasets.load("breast_cancer");
    private static final DecisionTree FULL = DecisionTree.fit(CANCER, TreeOptions.defaults());

    @Test
    void eachPathEntryIsTheSubtreeKeptAtItsAlpha() {
        PruningPath path = FULL.pruningPath();
        int previousLeaves = Integer.MAX_VALUE;
        for (int i = 0; i < path.size(); i++) {
            DecisionTree pruned = FULL.prunedAt(path.ccpAlphas()[i]);
            assertEquals(path.impurities()[i], totalLeafImpurity(pruned), 1e-12);
            assertTrue(pruned.leafCount() < previousLeaves || i == 0, "fewer leaves as alpha grows");
            previousLeaves = pruned.leafCount();
            if (i > 0) {
                assertTrue(path.ccpAlphas()[i] >= path.ccpAlphas()[i - 1]);
            }
        }
        assertEquals(1, FULL.prunedAt(path.ccpAlphas()[path.size() - 1]).nodeCount(), "the last alpha leaves the root");
        assertEquals(FULL.nodeCount(), FULL.prunedAt(0).nodeCount());
    }

    private static double totalLeafImpurity(DecisionTree tree) {
        double total = 0;
        for (int node = 0; node < tree.nodeCount(); node++) {
            if (tree.isLeaf(node)) {
                total += tree.samples(node) * tree.impurity(node) / tree.samples(0);
            }
        }
        return total;
    }

    @Test
    void crossValidationPicksAPathAlphaThatDoesNoWorseThanTheFullTree() {
        AlphaSelection choice = AlphaSelection.crossValidate(CANCER, TreeOptions.defaults(), 5, 0);
        int best = Arrays.binarySearch(choice.alphas(), choice.bestAlpha());
        assertTrue(best >= 0, "the best alpha is a candidate");
        for (double accuracy : choice.meanAccuracy()) {
            assertTrue(accuracy <= choice.meanAccuracy()[best]);
        }
        assertTrue(choice.tree().nodeCount() < FULL.nodeCount());
        assertEquals(
                FULL.prunedAt(choice.bestAlpha()).nodeCount(), choice.tree().nodeCount());
        assertArrayEquals(
                choice.meanAccuracy(),
                AlphaSelection.crossValidate(CANCER, TreeOptions.defaults(), 5, 0)
                        .meanAccuracy(),
                "same seed, same result");
    }

    @Test
    void reducedErrorPruningNeverLosesValidationAccuracyAndIsStable() {
        Split split = Splits.stratifiedTrainTest(CANCER, 0.3, 1);
        DecisionTree grown = DecisionTree.fit(split.train(), TreeOptions.defaults());
        DecisionTree pruned = ReducedErrorPruning.prune(grown, split.test());
        assertTrue(pruned.nodeCount() < grown.nodeCount());
        assertTrue(pruned.accuracy(split.test()) >= grown.accuracy(split.test()));
        assertEquals(
                pruned.nodeCount(),
                ReducedErrorPruning.prune(pruned, split.test()).nodeCount());
    }

    @Test
    void badInputIsRejected() {
        assertMessage(
                "folds must be in [2, 569], got 1",
                () -> AlphaSelection.crossValidate(CANCER, TreeOptions.defaults(), 1, 0));
        assertMessage("options must not be null", () -> AlphaSelection.crossValidate(CANCER, null, 5, 0));
        assertMessage(
                "data.cols() must be the tree's feature count = 30, got 13",
                () -> ReducedErrorPruning.prune(FULL, Datasets.load("wine")));
    }
}
