package dev.prunelab.lab.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The saliency explorable's data: rankings of one real layer by three engine criteria, and their helpers. */
class SaliencyDataTest {

    private static final Path DATA = Path.of("target", "classes", "META-INF", "resources", "explore", "saliency.json");

    @Test
    void ascendingPutsTheLeastImportantFirstAndBreaksTiesByIndex() {
        assertThat(SaliencyData.ascending(new float[] {0.5f, 0f, 0.2f, 0f})).containsExactly(1, 3, 2, 0);
    }

    @Test
    void jaccardComparesTheFirstEntriesOfTwoOrders() {
        int[] a = {0, 1, 2, 3};
        int[] b = {1, 2, 0, 3};
        assertThat(SaliencyData.jaccard(a, b, 2)).isEqualTo(1 / 3.0);
        assertThat(SaliencyData.jaccard(a, b, 3)).isEqualTo(1.0);
        assertThat(SaliencyData.jaccard(a, b, 0)).isEqualTo(1.0);
        assertThat(SaliencyData.pruned(320, 0.05)).isEqualTo(16);
    }

    @Test
    void theBuildRankedEveryWeightOfTheLayerByEachCriterionAndMeasuredEachMask() throws Exception {
        JsonNode data = new ObjectMapper().readTree(DATA.toFile());
        int size = data.get("rows").asInt() * data.get("cols").asInt();
        assertThat(data.get("weights")).hasSize(size);
        int grid = data.get("sparsities").size();
        for (String method : new String[] {"magnitude", "obd", "taylor"}) {
            JsonNode m = data.get("methods").get(method);
            int[] order = IntStream.range(0, size)
                    .map(i -> m.get("order").get(i).asInt())
                    .toArray();
            // a permutation: every weight ranked exactly once
            assertThat(Arrays.stream(order).sorted().toArray())
                    .isEqualTo(IntStream.range(0, size).toArray());
            assertThat(m.get("accuracy")).hasSize(grid);
        }
        // magnitude's order is by |w|: the first pruned weight is no larger than the last
        JsonNode magnitude = data.get("methods").get("magnitude").get("order");
        double first =
                Math.abs(data.get("weights").get(magnitude.get(0).asInt()).asDouble());
        double last = Math.abs(
                data.get("weights").get(magnitude.get(size - 1).asInt()).asDouble());
        assertThat(first).isLessThanOrEqualTo(last);
        // a light mask costs little: at the smallest sparsity each criterion stays within 2 points of dense
        double dense = data.get("dense").asDouble();
        for (String method : new String[] {"magnitude", "obd", "taylor"}) {
            assertThat(data.get("methods").get(method).get("accuracy").get(0).asDouble())
                    .isGreaterThan(dense - 0.02);
        }
    }
}
