package dev.prunelab.lab;

import static dev.prunelab.lab.LabApiClient.awaitFinal;
import static dev.prunelab.lab.LabApiClient.quickSpec;
import static dev.prunelab.lab.LabApiClient.uniqueSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.prunelab.Browser;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.LabPreset;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.run.ExperimentRunner;
import dev.prunelab.lab.run.RunContext;
import dev.prunelab.lab.spec.TestPresets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A preset's prediction, asked before it runs and shown beside the outcome, and "What to notice" on every result. */
@QuarkusTest
class LabPredictionsTest {

    @Inject
    ContentService content;

    @Test
    void theApiReturnsTakeawaysAndThePredictionWithAFinishedPreset() {
        Browser browser = new Browser();
        Response started = browser.call(request ->
                request.contentType("application/json").body(quickSpec()).post("/api/experiments?prediction=0"));
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
        JsonPath done = awaitFinal(browser, started.jsonPath().getLong("id"));
        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(done.getInt("prediction")).isZero();
        assertThat(done.getList("takeaways", String.class))
                .hasSizeBetween(2, 4)
                .first()
                .asString()
                .startsWith("Magnitude ")
                .contains("the dense model");
        String page = browser.get("/lab/experiments/" + done.getLong("id"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("What to notice")
                .contains(done.getList("takeaways", String.class).get(0))
                .contains("Test accuracy of the magnitude unstructured pruned network at each target, after 2"
                        + " fine-tuning epochs. Points are the measured targets, joined by straight lines");
    }

    @Test
    void aPredictionOutOfRangeNamesTheFieldAndTheAllowedAnswers() {
        new Browser()
                .postJson("/api/experiments?prediction=7", Map.of("preset", "schedules", "seed", uniqueSeed()))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("prediction"))
                .body("errors[0].message", equalTo("must be the index of one of the preset's 3 answers, 0 to 2"));
    }

    @Test
    void aPredictionThatIsNoNumberOrHasNoPresetIsRefused() {
        new Browser()
                .postJson("/api/experiments?prediction=gradual", Map.of("preset", "schedules"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("prediction"));
        new Browser()
                .postJson("/api/experiments?prediction=1", Map.of("dataset", "iris", "model", "tree"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("prediction"))
                .body(
                        "errors[0].message",
                        equalTo("only a preset asks for a prediction; leave it out for a custom experiment"));
    }

    @Test
    void thePresetPageAsksAndTheResultPageShowsThePredictionBesideTheOutcome() {
        Browser browser = new Browser();
        String page = browser.get("/lab/presets/tree-ccp")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Before it runs, predict:")
                .contains("name=\"prediction\" value=\"0\"")
                .contains("As high or higher, with far fewer leaves")
                .contains("A run takes about 1 s");
        Response run = browser.submit(
                "/lab/presets/tree-ccp",
                "/lab/run",
                Map.of("preset", "tree-ccp", "prediction", "1", "seed", String.valueOf(uniqueSeed())));
        assertThat(run.statusCode()).isEqualTo(303);
        String location = run.getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        awaitFinal(browser, id);
        String result = browser.get("/lab/experiments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(result)
                .contains("What to notice")
                .contains("Cross-validation picked α = ")
                .contains("You predicted: <strong>Lower: pruning always costs accuracy</strong>.")
                .contains("What this preset shows at its own settings: <strong>As high or higher, with far fewer"
                        + " leaves</strong>");
    }

    /** Every preset but the transformer ones, which take a minute: their answers rest on minilm.md's figures. */
    @Test
    void everyPresetButTheTransformerOnesHasARuleToReadItsAnswer() {
        assertThat(content.catalog().presets().stream()
                        .filter(p -> !p.spec().contains("minilm"))
                        .map(LabPreset::id))
                .containsExactlyInAnyOrderElementsOf(PresetAnswers.BY_PRESET.keySet());
    }

    static Stream<String> judgedPresets() {
        return PresetAnswers.BY_PRESET.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("judgedPresets")
    void eachPresetShowsTheAnswerItsPredictionExpects(String preset) {
        LabPreset.Prediction prediction =
                content.catalog().preset(preset).orElseThrow().prediction();
        ExperimentResult result = ExperimentRunner.run(
                TestPresets.resolve("{\"preset\":\"" + preset + "\"}").orThrow(), RunContext.silent());
        assertThat(PresetAnswers.BY_PRESET.get(preset).applyAsInt(result))
                .as(preset + ": " + prediction.question())
                .isEqualTo(prediction.expected());
    }

    @Test
    void theLabShowsRunTimesAndOnePresetToStartWith() {
        String page = new Browser().get("/lab").then().statusCode(200).extract().asString();
        assertThat(page.split("class=\"badge\">Start here<", -1)).hasSize(2);
        assertThat(page)
                .contains("runs in about 51 s")
                .contains("runs in about 1 s")
                .contains("Predict, then run");
    }
}
