package dev.prunelab.engine.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.engine.data.Datasets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeNodeTest {

    private static final DecisionTree IRIS =
            DecisionTree.fit(Datasets.load("iris"), TreeOptions.defaults().withMaxDepth(2));

    @Test
    void nodesDescribeSplitsAndLeaves() {
        List<TreeNode> nodes = IRIS.nodes();
        assertEquals(IRIS.nodeCount(), nodes.size());
        TreeNode root = nodes.get(0);
        assertEquals(
                "petal width (cm)", root.featureName(), "tied with petal length; scikit-learn draws petal width first");
        assertEquals(0.8, root.threshold(), 1e-6);
        assertEquals(150, root.samples());
        assertEquals(1, root.left());
        TreeNode setosa = nodes.get(1);
        assertTrue(setosa.isLeaf());
        assertNull(setosa.feature());
        assertEquals(0, setosa.predictedClass());
        assertEquals(50, setosa.classCounts()[0]);
    }

    @Test
    void jsonCarriesTheSameFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(IRIS.toJson());
        assertEquals(IRIS.nodeCount(), json.size());
        for (int i = 0; i < json.size(); i++) {
            TreeNode node = IRIS.nodes().get(i);
            JsonNode parsed = json.get(i);
            assertEquals(node.id(), parsed.get("id").asInt());
            assertEquals(node.impurity(), parsed.get("impurity").asDouble());
            assertEquals(node.samples(), parsed.get("samples").asInt());
            assertEquals(node.classCounts()[2], parsed.get("classCounts").get(2).asInt());
            assertEquals(node.isLeaf(), parsed.get("threshold").isNull());
            if (!node.isLeaf()) {
                assertEquals(node.threshold(), parsed.get("threshold").asDouble());
                assertEquals(node.featureName(), parsed.get("featureName").asText());
                assertEquals(node.right(), parsed.get("right").asInt());
            }
        }
    }
}
