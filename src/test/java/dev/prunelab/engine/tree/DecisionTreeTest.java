package dev.prunelab.engine.tree;

import static dev.prunelab.engine.data.ArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.data.Datasets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTreeTest {

    private static final Dataset WINE = Datasets.load("wine");

    private static Dataset oneFeature(float[] values, int[] labels) {
        return new Dataset("toy", values, labels, 1, 2, List.of("x"), List.of());
    }

    @Test
    void splitsAtTheMidpointWithWeightedGini() {
        DecisionTree tree =
                DecisionTree.fit(oneFeature(new float[] {1, 2, 3, 4}, new int[] {0, 0, 1, 1}), TreeOptions.defaults());
        assertEquals(3, tree.nodeCount());
        assertEquals(2.5, tree.threshold(0));
        assertEquals(0.5, tree.impurity(0));
        assertArrayEquals(new int[] {2, 0}, tree.classCounts(1));
        assertEquals(1, tree.predict(new float[] {2.6f}));
        assertEquals(0, tree.predict(new float[] {2.5f}), "x <= threshold goes left");
    }

    @Test
    void entropyIsMeasuredInBits() {
        DecisionTree tree = DecisionTree.fit(
                oneFeature(new float[] {1, 2, 3, 4}, new int[] {0, 0, 1, 1}),
                TreeOptions.defaults().withCriterion(Criterion.ENTROPY));
        assertEquals(1.0, tree.impurity(0));
    }

    @Test
    void valuesCloserThanOneTenMillionthAreNotSplitLikeScikitLearn() {
        DecisionTree tree = DecisionTree.fit(
                oneFeature(new float[] {1f, Math.nextUp(1f)}, new int[] {0, 1}), TreeOptions.defaults());
        assertEquals(1, tree.nodeCount());
        assertEquals(0, tree.predict(new float[] {5f}), "a tied leaf predicts the lowest class");
    }

    @Test
    void growthLimitsAreRespected() {
        assertEquals(
                1,
                DecisionTree.fit(WINE, TreeOptions.defaults().withMaxDepth(1)).depth());
        DecisionTree leafLimited = DecisionTree.fit(WINE, TreeOptions.defaults().withMinSamplesLeaf(5));
        DecisionTree splitLimited =
                DecisionTree.fit(WINE, TreeOptions.defaults().withMinSamplesSplit(40));
        for (int node = 0; node < leafLimited.nodeCount(); node++) {
            assertTrue(!leafLimited.isLeaf(node) || leafLimited.samples(node) >= 5);
        }
        for (int node = 0; node < splitLimited.nodeCount(); node++) {
            assertTrue(splitLimited.isLeaf(node) || splitLimited.samples(node) >= 40);
        }
        assertTrue(splitLimited.nodeCount()
                < DecisionTree.fit(WINE, TreeOptions.defaults()).nodeCount());
    }

    @Test
    void fullTreeFitsTheTrainingDataAndPredictsRowsAlike() {
        DecisionTree tree = DecisionTree.fit(WINE, TreeOptions.defaults());
        assertEquals(1.0, tree.accuracy(WINE));
        assertEquals(tree.predict(WINE)[100], tree.predict(WINE.row(100)));
    }

    @Test
    void badInputIsRejectedWithTheParameterAndRange() {
        assertMessage(
                "maxDepth must be >= 1, got 0", () -> TreeOptions.defaults().withMaxDepth(0));
        assertMessage(
                "minSamplesSplit must be >= 2, got 1",
                () -> TreeOptions.defaults().withMinSamplesSplit(1));
        assertMessage(
                "minSamplesLeaf must be >= 1, got 0",
                () -> TreeOptions.defaults().withMinSamplesLeaf(0));
        assertMessage("criterion must be one of [gini, entropy], got mse", () -> Criterion.parse("mse"));
        assertMessage(
                "features must be finite numbers, got NaN at row 1, column 0",
                () -> DecisionTree.fit(
                        oneFeature(new float[] {1, Float.NaN}, new int[] {0, 1}), TreeOptions.defaults()));
        assertMessage("data must not be null", () -> DecisionTree.fit(null, TreeOptions.defaults()));
        DecisionTree tree = DecisionTree.fit(WINE, TreeOptions.defaults().withMaxDepth(2));
        assertMessage("row.length must be the feature count = 13, got 4", () -> tree.predict(new float[4]));
        assertMessage(
                "data.cols() must be the tree's feature count = 13, got 4", () -> tree.accuracy(Datasets.load("iris")));
        assertMessage("alpha must be a finite number >= 0, got -0.1", () -> tree.prunedAt(-0.1));
        assertMessage("alpha must be a finite number >= 0, got NaN", () -> tree.prunedAt(Double.NaN));
    }

    @Test
    void criterionParsesScikitLearnNames() {
        assertEquals(Criterion.ENTROPY, Criterion.parse("Entropy"));
        assertEquals("gini", Criterion.GINI.key());
    }
}
