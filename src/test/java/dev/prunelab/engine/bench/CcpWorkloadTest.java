package dev.prunelab.engine.bench;

import static dev.prunelab.engine.data.ArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CcpWorkloadTest {

    /** The keys sklearn_ccp_path.py prints, plus "workload". */
    private static final List<String> KEYS = List.of(
            "workload",
            "dataset",
            "criterion",
            "engine",
            "nodes",
            "leaves",
            "depth",
            "ms_per_fit_and_path",
            "ccp_alphas",
            "impurities");

    @Test
    void printsOneJsonLinePerDatasetWithTheReferenceKeys() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CcpWorkload.run("entropy", new PrintStream(bytes, true, StandardCharsets.UTF_8), 0, 1);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length);
        for (int i = 0; i < lines.length; i++) {
            JsonNode line = new ObjectMapper().readTree(lines[i]);
            List<String> keys = new ArrayList<>();
            line.fieldNames().forEachRemaining(keys::add);
            assertEquals(KEYS, keys);
            assertEquals(CcpWorkload.DATASETS.get(i), line.get("dataset").asText());
            assertEquals("ccp", line.get("workload").asText());
            assertEquals("prunelab", line.get("engine").asText());
            assertEquals("entropy", line.get("criterion").asText());
            assertEquals(line.get("ccp_alphas").size(), line.get("impurities").size());
            assertTrue(line.get("ms_per_fit_and_path").asDouble() >= 0);
        }
        assertEquals(39, new ObjectMapper().readTree(lines[0]).get("nodes").asInt(), "breast_cancer, as scikit-learn");
    }

    @Test
    void unknownCriterionIsRejected() {
        assertMessage("criterion must be one of [gini, entropy], got mse", () -> CcpWorkload.run("mse", System.out));
    }
}
