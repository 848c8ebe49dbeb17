package dev.prunelab.lab.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The stepper's tree steps agree with the tree workload's own path, step by step. */
class TreeStepsTest {

    private static final Path EXPLORE = Path.of("target", "classes", "META-INF", "resources", "explore");

    @Test
    void theRegrownTreeIsTheWorkloadsAndEachStepLeavesThePathsLeafCount() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode tree = json.readTree(EXPLORE.resolve("tree.json").toFile()).get("tree");
        JsonNode before = tree.get("before");
        JsonNode path = tree.get("path");
        int[] gone = json.treeToValue(
                json.readTree(EXPLORE.resolve(TreeSteps.NAME + ".json").toFile())
                        .get("gone"),
                int[].class);
        assertThat(TreeSteps.full().nodeCount()).isEqualTo(before.size());
        assertThat(gone).hasSize(before.size());
        assertThat(gone[0]).as("the root stays").isEqualTo(-1);
        for (int step = 0; step < path.size(); step++) {
            int leaves = 0;
            for (int node = 0; node < before.size(); node++) {
                boolean present = gone[node] < 0 || gone[node] > step;
                JsonNode n = before.get(node);
                boolean leafNow = n.get("leaf").asBoolean()
                        || gone[n.get("left").asInt()] >= 0
                                && gone[n.get("left").asInt()] <= step;
                leaves += present && leafNow ? 1 : 0;
            }
            assertThat(leaves)
                    .as("leaves at step " + step)
                    .isEqualTo(path.get(step).get("leaves").asInt());
        }
    }
}
