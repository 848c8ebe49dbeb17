package dev.prunelab.lab;

import static dev.prunelab.lab.LabApiClient.awaitFinal;
import static dev.prunelab.lab.LabApiClient.quickSpec;
import static dev.prunelab.lab.LabApiClient.start;
import static dev.prunelab.web.HostileInput.SQL;
import static dev.prunelab.web.HostileInput.XSS;
import static dev.prunelab.web.HostileInput.assertInert;
import static dev.prunelab.web.HostileInput.escaped;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The security suite on the lab: hostile text in every field of the builder form and of the JSON spec is refused
 * with a 4xx and shown back inert, SQL is just text, and another learner's experiment is a 404 on every route.
 */
@QuarkusTest
class LabSecuritySuiteTest {

    /** Every field of the builder form that takes text (the lists and numbers are typed as text too). */
    static final List<String> BUILDER_FIELDS = List.of(
            "preset",
            "dataset",
            "model",
            "hidden",
            "criterion",
            "granularity",
            "scope",
            "schedule",
            "rounds",
            "sparsities",
            "epochs",
            "fineTuneEpochs",
            "rows",
            "compare",
            "seed");
    /** The text fields of the JSON spec (the others are numbers or lists of numbers). */
    static final List<String> SPEC_TEXT_FIELDS =
            List.of("preset", "dataset", "model", "criterion", "granularity", "scope", "schedule", "compare");

    static final List<String> SPEC_NUMBER_FIELDS =
            List.of("rounds", "epochs", "fineTuneEpochs", "rows", "folds", "seed", "hidden", "sparsities");

    @Test
    void hostileTextInEachBuilderFieldComesBackEscapedBesideTheField() {
        Browser browser = new Browser();
        for (String payload : withSql()) {
            for (String field : BUILDER_FIELDS) {
                Map<String, String> form = new HashMap<>(settingsThatUse(field));
                form.put("builder", "1");
                form.put(field, payload);
                assertRefusedInert(runForm(browser, form), field, payload);
            }
            // the tree's fields, and a preset's Run button (no builder) with a hostile preset or seed
            assertRefusedInert(
                    runForm(
                            browser,
                            Map.of("builder", "1", "model", "tree", "dataset", "wine", "splitCriterion", payload)),
                    "splitCriterion",
                    payload);
            assertRefusedInert(
                    runForm(browser, Map.of("builder", "1", "model", "tree", "dataset", "wine", "folds", payload)),
                    "folds",
                    payload);
            assertRefusedInert(runForm(browser, Map.of("preset", payload)), "preset", payload);
            assertRefusedInert(runForm(browser, Map.of("preset", "tree-ccp", "seed", payload)), "seed", payload);
        }
    }

    @Test
    void hostileTextInTheJsonSpecIsA400ProblemNamingTheField() {
        Browser browser = new Browser();
        for (String payload : withSql()) {
            for (String field : SPEC_TEXT_FIELDS) {
                Response response = browser.postJson("/api/experiments", Map.of(field, payload));
                assertThat(response.statusCode()).as("%s = %s", field, payload).isEqualTo(400);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.jsonPath().getList("errors.field", String.class))
                        .as(field)
                        .contains(field);
            }
            for (String field : SPEC_NUMBER_FIELDS) { // text where a number (or a list of them) belongs
                Map<String, Object> spec = new HashMap<>(settingsThatUse(field));
                spec.put(field, payload);
                Response response = browser.postJson("/api/experiments", spec);
                assertThat(response.statusCode()).as("%s = %s", field, payload).isEqualTo(400);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.jsonPath().getString("errors[0].field")).isEqualTo(field);
            }
            Response listItem = browser.postJson("/api/experiments", Map.of("sparsities", List.of(0.5, payload)));
            assertThat(listItem.statusCode()).isEqualTo(400);
            assertThat(listItem.jsonPath().getString("errors[0].field")).isEqualTo("sparsities[1]");
            assertThat(listItem.jsonPath().getString("errors[0].message")).isEqualTo("must be a number");
            // asked for as HTML it is refused as JSON, never a page (nor sniffed as one)
            Response asPage = browser.request()
                    .contentType("application/json")
                    .accept("text/html")
                    .body(Map.of("dataset", payload))
                    .post("/api/experiments");
            assertThat(asPage.statusCode()).isBetween(400, 499);
            assertThat(asPage.contentType()).startsWith("application/problem+json");
            assertThat(asPage.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        browser.request().get("/api/experiments").then().statusCode(200).body("size()", Matchers.equalTo(0));
    }

    @Test
    void hostileQueryAndPathValuesAreRefusedOrIgnored() {
        Browser browser = new Browser();
        for (String payload : withSql()) {
            String encoded = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
            Response builder = browser.get("/lab?preset=" + encoded);
            assertThat(builder.statusCode()).isEqualTo(200); // an unknown preset starts from the default experiment
            assertInert(builder.asString());
            assertThat(browser.get("/lab?from=" + encoded).statusCode())
                    .as(payload)
                    .isBetween(400, 499);
            for (String path : List.of("/lab/experiments/", "/api/experiments/", "/lab/presets/")) {
                Response response = browser.request().get(path + encoded);
                assertThat(response.statusCode()).as(path + payload).isBetween(400, 499);
                assertInert(response.asString());
            }
        }
    }

    @Test
    void anotherLearnersExperimentIs404OnEveryRoute() {
        Browser owner = new Browser();
        Map<String, Object> spec = quickSpec();
        long id = start(owner, spec);
        awaitFinal(owner, id);
        Browser stranger = new Browser();
        stranger.get("/lab");
        stranger.post("/lab/experiments/" + id + "/cancel", Map.of(), true)
                .then()
                .statusCode(404);
        stranger.post("/lab/experiments/" + id + "/rerun", Map.of("seed", "5"), true)
                .then()
                .statusCode(404);
        // "change one setting" of somebody else's run starts from the default experiment, not from their spec
        Response builder = stranger.get("/lab?from=" + id);
        assertThat(builder.statusCode()).isEqualTo(200);
        assertThat(builder.asString()).doesNotContain("value=\"" + spec.get("seed") + "\"");
        assertThat(owner.get("/lab?from=" + id).asString()).contains("value=\"" + spec.get("seed") + "\"");
        stranger.request().get("/api/experiments").then().statusCode(200).body("size()", Matchers.equalTo(0));
    }

    /**
     * Settings under which a field is used: fields that do not apply to the experiment are ignored (rounds only count
     * for schedules that repeat, folds only for trees), so a hostile value there would never be looked at.
     */
    private static Map<String, String> settingsThatUse(String field) {
        return switch (field) {
            case "rounds" -> Map.of("schedule", "iterative");
            case "folds" -> Map.of("model", "tree", "dataset", "wine");
            default -> Map.of();
        };
    }

    private static List<String> withSql() {
        return Stream.concat(XSS.stream(), Stream.of(SQL)).toList();
    }

    private static Response runForm(Browser browser, Map<String, String> fields) {
        return browser.submit("/lab", "/lab/run", new HashMap<>(fields));
    }

    /** 400 with the builder shown again, the payload nowhere live, and echoed as text where the field's error quotes it. */
    private static void assertRefusedInert(Response response, String field, String payload) {
        String html = response.asString();
        assertThat(response.statusCode()).as("%s = %s", field, payload).isEqualTo(400);
        assertThat(html).as(field).contains("Please correct the settings marked below");
        assertInert(html);
        assertThat(html).as("%s = %s is shown back as text", field, payload).contains(escaped(payload));
    }
}
