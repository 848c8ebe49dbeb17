package dev.prunelab.lab;

import static dev.prunelab.lab.LabApiClient.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.prunelab.Browser;
import dev.prunelab.lab.run.TransformerModel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two transformer presets end to end, on a reduced spec (fewer flashcards scored; the full presets are a
 * documented benchmark): started over the API, followed over Server-Sent Events layer by layer, finished with every
 * section the result page draws, and the model read once for both.
 */
@QuarkusTest
class TransformerPresetsTest {

    /** Flashcards scored in these tests (the presets score {@code Presets.TRANSFORMER_CARDS}). */
    private static final int CARDS = 12;

    private static final List<String> ARM_KEYS = List.of(
            "recallAt1",
            "recallAt5",
            "mrr",
            "meanCosine",
            "parameters",
            "embeddingParameters",
            "linearNonZero",
            "bytesDense",
            "bytesSparse",
            "sparsity");

    @Test
    void oneShotPresetRunsLayerByLayerAndCalibratedMethodsBeatMagnitude() {
        Browser browser = new Browser();
        long id = start(browser, reduced("transformer-one-shot"));
        String stream = LabApiClient.events(browser, id);
        assertThat(stream).contains("event:running").contains("pruned block 5 ffn2 (36 of 36)");
        assertThat(stream.indexOf("SparseGPT 2:4 50%: pruned block 0 q")).isPositive();
        assertThat(stream.trim()).contains("event:done");

        JsonPath result = result(browser, id);
        List<Map<String, Object>> arms = result.getList("transformer.arms");
        assertThat(arms).hasSize(7);
        assertThat(arms).allSatisfy(arm -> assertThat(arm).containsKeys(ARM_KEYS.toArray(String[]::new)));
        assertThat(result.getInt("transformer.cards")).isEqualTo(CARDS);
        assertThat(result.getInt("transformer.calibrationSamples")).isPositive();
        assertThat(result.getList("transformer.takeaways")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(result.getDouble("baseline")).isEqualTo(result.getDouble("transformer.arms[0].recallAt5"));
        for (String pattern : List.of("unstructured", "2:4")) {
            double magnitude = cosine(result, "magnitude", pattern);
            assertThat(cosine(result, "wanda", pattern)).as("Wanda " + pattern).isGreaterThan(magnitude);
            assertThat(cosine(result, "sparsegpt", pattern))
                    .as("SparseGPT " + pattern)
                    .isGreaterThan(magnitude);
        }
        assertThat(result.getDouble(
                        "transformer.arms.find { it.criterion == 'sparsegpt' && it.pattern == '2:4' }.sparsity"))
                .isEqualTo(0.5);
        browser.get("/lab/experiments/" + id)
                .then()
                .statusCode(200)
                .body(containsString("data-chart=\"transformerRetrieval\""))
                .body(containsString("data-chart=\"transformerSize\""))
                .body(containsString("data-chart=\"transformerTakeaways\""))
                .body(containsString("all-MiniLM-L6-v2, pretrained"));
        assertThat(TransformerModel.SHARED.loads())
                .as("read once for every run")
                .isEqualTo(1);
    }

    @Test
    void structuredPresetShrinksTheModelAndTimesIt() {
        Browser browser = new Browser();
        long id = start(browser, reduced("transformer-structured"));
        String stream = LabApiClient.events(browser, id);
        assertThat(stream).contains("pruned block 5 (6 of 6)").contains("Timing the shrunk model");

        JsonPath result = result(browser, id);
        List<Map<String, Object>> arms = result.getList("transformer.arms");
        assertThat(arms).hasSize(3);
        long dense = result.getLong("transformer.arms[0].parameters");
        long quarter = result.getLong("transformer.arms[1].parameters");
        long half = result.getLong("transformer.arms[2].parameters");
        assertThat(half).isLessThan(quarter).isLessThan(dense);
        assertThat(result.getLong("transformer.arms[2].embeddingParameters"))
                .isEqualTo(result.getLong("transformer.arms[0].embeddingParameters"));
        assertThat(arms).allSatisfy(arm -> assertThat(arm.get("encodeMillis")).isNotNull());
        assertThat(result.getInt("transformer.latencySentences")).isEqualTo(2 * CARDS);
        assertThat(TransformerModel.SHARED.loads())
                .as("read once for every run")
                .isEqualTo(1);
    }

    @Test
    void theBuilderNamesTheTransformerFieldsItRejects() {
        Browser browser = new Browser();
        Map<String, String> form = Map.of(
                "builder",
                "1",
                "model",
                "minilm",
                "method",
                "activation",
                "pattern",
                "n:m",
                "sparsities",
                "0.6",
                "rows",
                "12",
                "compare",
                "none",
                "seed",
                "0");
        browser.submit("/lab", "/lab/run", form)
                .then()
                .statusCode(400)
                .body(containsString("id=\"f-method-error\""))
                .body(containsString("must be one of magnitude, wanda, sparsegpt, got &#39;activation&#39;"))
                .body(containsString("id=\"f-sparsities-error\""))
                .body(containsString("<legend>Pretrained transformer only (all-MiniLM-L6-v2)</legend>"));
        browser.postJson(
                        "/api/experiments", Map.of("model", "minilm", "granularity", "n:m", "sparsities", List.of(0.7)))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("\"field\":\"sparsities\""));
    }

    private static Map<String, Object> reduced(String preset) {
        return Map.of("preset", preset, "rows", CARDS, "seed", LabApiClient.uniqueSeed());
    }

    private static JsonPath result(Browser browser, long id) {
        JsonPath experiment = LabApiClient.awaitFinal(browser, id);
        assertThat(experiment.getString("status")).as(experiment.prettify()).isEqualTo("done");
        assertThat(experiment.getString("result.kind")).isEqualTo("transformer");
        return experiment.setRootPath("result");
    }

    private static double cosine(JsonPath result, String criterion, String pattern) {
        return result.getDouble("transformer.arms.find { it.criterion == '" + criterion + "' && it.pattern == '"
                + pattern + "' }.meanCosine");
    }
}
