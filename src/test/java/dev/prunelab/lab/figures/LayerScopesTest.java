package dev.prunelab.lab.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The sparsity slider's scope data: both scopes reach each target overall, only the global one spreads it unevenly. */
class LayerScopesTest {

    private static final Path DATA =
            Path.of("target", "classes", "META-INF", "resources", "explore", LayerScopes.NAME + ".json");
    private static final Offset<Double> ROUNDING = Offset.offset(0.002);

    @Test
    void eachScopeReachesEveryTargetOverallAndOnlyTheGlobalThresholdIsUneven() throws Exception {
        JsonNode data = new ObjectMapper().readTree(DATA.toFile());
        JsonNode sizes = data.get("sizes");
        JsonNode targets = data.get("targets");
        for (int t = 0; t < targets.size(); t++) {
            double target = targets.get(t).asDouble();
            for (String scope : new String[] {"global", "layer"}) {
                JsonNode layers = data.get("scopes").get(scope).get("sparsity").get(t);
                double pruned = 0;
                double total = 0;
                for (int i = 0; i < sizes.size(); i++) {
                    pruned += layers.get(i).asDouble() * sizes.get(i).asInt();
                    total += sizes.get(i).asInt();
                    if (scope.equals("layer")) {
                        assertThat(layers.get(i).asDouble()).isCloseTo(target, Offset.offset(0.01));
                    }
                }
                assertThat(pruned / total).as(scope + " at " + target).isCloseTo(target, ROUNDING);
            }
            JsonNode global = data.get("scopes").get("global").get("sparsity").get(t);
            // the output layer's weights are larger, so one global threshold takes less of it
            assertThat(global.get(sizes.size() - 1).asDouble()).isLessThan(target);
        }
    }
}
