package dev.prunelab.lab;

import static dev.prunelab.lab.LabApiClient.awaitFinal;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.prunelab.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LabPagesTest {

    /** Submits a form on {@code page} to {@code action} and returns the experiment id it redirects to. */
    static long runFromForm(Browser browser, String page, String action, Map<String, String> fields) {
        Response response = browser.submit(page, action, fields);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(303);
        String location = response.header("Location");
        assertThat(location).contains("/lab/experiments/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theLabListsEveryPresetWithItsLessonAndTheBuilder() {
        given().get("/lab")
                .then()
                .statusCode(200)
                .body(containsString("aria-current=\"page\">Lab"))
                .body(containsString("href=\"/lab/presets/magnitude-vs-random\""))
                .body(containsString("href=\"/lab/presets/decision-boundary\""))
                .body(containsString("What you will see:"))
                .body(containsString("href=\"/learn/decision-trees\""))
                .body(containsString("name=\"sparsities\" value=\"0.5, 0.7, 0.8, 0.9, 0.95, 0.98\""))
                .body(containsString("<link rel=\"stylesheet\" href=\"/css/lab.css\">"))
                .body(not(containsString("Coming in this release")));
    }

    @Test
    void newVisitorsShareTheLabPageButEachGetsTheirOwnCsrfTokenInItsForms() {
        Browser first = new Browser();
        Browser second = new Browser();
        String firstPage = first.get("/lab")
                .then()
                .statusCode(200)
                .contentType(containsString("UTF-8"))
                .extract()
                .asString();
        String secondPage = second.get("/lab").then().statusCode(200).extract().asString();
        String firstToken = first.cookie("prunelab_csrf");
        String secondToken = second.cookie("prunelab_csrf");
        assertThat(firstToken).isNotBlank().isNotEqualTo(secondToken);
        // one token per form: every preset's Run button and the builder
        int forms = firstPage.split("action=\"/lab/run\"", -1).length - 1;
        assertThat(forms).isGreaterThan(10);
        assertThat(firstPage.split("value=\"" + firstToken + "\"", -1).length - 1)
                .isEqualTo(forms);
        assertThat(secondPage).doesNotContain(firstToken).isEqualTo(firstPage.replace(firstToken, secondToken));
        assertThat(secondPage).contains("✂"); // non-ASCII text survives the byte encoding
        // the spliced token is the one the form check accepts
        long id = runFromForm(second, "/lab", "/lab/run", Map.of("preset", "tree-ccp"));
        awaitFinal(second, id);
        // a visitor with experiments sees them, and a preset fills the builder: neither is the shared page
        assertThat(second.get("/lab").asString()).contains("href=\"/lab/experiments/" + id + "\"");
        assertThat(first.get("/lab").asString()).doesNotContain("href=\"/lab/experiments/" + id + "\"");
        String builderPreset = "name=\"builder\" value=\"1\">\\s*<input type=\"hidden\" name=\"preset\" value=\"%s\"";
        assertThat(first.get("/lab?preset=tree-ccp").asString()).containsPattern(builderPreset.formatted("tree-ccp"));
        assertThat(first.get("/lab").asString()).containsPattern(builderPreset.formatted(""));
    }

    @Test
    void aPresetPageSaysWhatItRunsAndLinksItsLesson() {
        given().get("/lab/presets/tree-ccp")
                .then()
                .statusCode(200)
                .body(containsString("Lab preset: Cost-complexity pruning of a decision tree"))
                .body(containsString("CART decision tree, split criterion gini"))
                .body(containsString("href=\"/learn/decision-trees\""))
                .body(containsString("Run this preset"));
        given().get("/lab/presets/lottery-ticket")
                .then()
                .statusCode(200) // no scope: the lottery ranks globally
                .body(containsString("<dd>magnitude, unstructured, lottery (3 rounds)</dd>"))
                .body(containsString("3 epochs per round (train, prune, rewind to the initial weights)"))
                .body(containsString("the same masks with a random re-initialisation; the random-pruning control"));
        given().get("/lab/presets/nope").then().statusCode(404).body(containsString("There is no lab preset"));
    }

    @Test
    void builderErrorsAreShownBesideTheFieldsWithTheValuesKept() {
        Browser browser = new Browser();
        Map<String, String> fields = LabApiClient.networkForm(Map.of("hidden", "128, 64", "sparsities", "0.5, 1.5"));
        fields.putAll(Map.of("epochs", "1000", "fineTuneEpochs", "x2", "rows", "500", "seed", "3", "rounds", "3"));
        browser.submit("/lab", "/lab/run", fields)
                .then()
                .statusCode(400)
                .body(containsString(
                        "id=\"f-epochs-error\" class=\"field-error\" role=\"alert\">must be in [1, 30], got 1000"))
                .body(containsString("id=\"f-fineTuneEpochs-error\""))
                .body(containsString("must be a number, got &#39;x2&#39;"))
                .body(containsString("name=\"epochs\" value=\"1000\""))
                .body(containsString("name=\"sparsities\" value=\"0.5, 1.5\""))
                .body(containsString("Please correct the settings marked below."));
        browser.submit("/lab", "/lab/run", LabApiClient.networkForm(Map.of("sparsities", "0.5, 1.5")))
                .then()
                .statusCode(400)
                .body(containsString("value 2: must be in [0.05, 0.99], got 1.5"));
    }

    @Test
    void theBuilderGroupsFieldsByModelAndIgnoresTheOnesThatDoNotApply() {
        given().get("/lab")
                .then()
                .statusCode(200)
                .body(containsString("<fieldset data-applies=\"model=tree\">"))
                .body(containsString("<legend>Decision tree only</legend>"))
                .body(containsString("<legend>MLP only</legend>"))
                .body(containsString("data-applies=\"schedule=iterative,gradual,lottery|compare=schedule\""))
                .body(containsString("<option value=\"tree\">decision tree (CART)</option>"))
                .body(containsString("<script type=\"module\" src=\"/js/lab-builder.js\"></script>"));
        Browser browser = new Browser();
        Map<String, String> tree = LabApiClient.treeForm("entropy", 3);
        // what the network fields hold does not matter to a tree, even text that is no number
        tree.putAll(Map.of(
                "hidden",
                "abc",
                "rounds",
                "x",
                "sparsities",
                "7",
                "epochs",
                "1000",
                "criterion",
                "magnitude",
                "scope",
                "everywhere"));
        long id = runFromForm(browser, "/lab", "/lab/run", tree);
        assertThat(awaitFinal(browser, id).getString("spec.criterion")).isEqualTo("entropy");
        // one-shot does not use rounds; a field that applies still gets its error beside it, values kept
        Map<String, String> oneShot = LabApiClient.networkForm(Map.of("sparsities", "0.5"));
        oneShot.putAll(Map.of("rounds", "x", "folds", "y", "epochs", "zero"));
        browser.submit("/lab", "/lab/run", oneShot)
                .then()
                .statusCode(400)
                .body(containsString("id=\"f-epochs-error\""))
                .body(containsString("name=\"epochs\" value=\"zero\""))
                .body(containsString("name=\"rounds\" value=\"x\""))
                .body(not(containsString("id=\"f-rounds-error\"")))
                .body(not(containsString("id=\"f-folds-error\"")));
    }

    @Test
    void aPresetRunsFromItsPageToAResultPageWithChartsAndNextSteps() {
        Browser browser = new Browser();
        long id = runFromForm(
                browser,
                "/lab/presets/decision-boundary",
                "/lab/run",
                Map.of("preset", "decision-boundary", "seed", String.valueOf(LabApiClient.uniqueSeed())));
        awaitFinal(browser, id);
        browser.get("/lab/experiments/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Decision boundary as sparsity grows"))
                .body(containsString("data-chart=\"accuracy\""))
                .body(containsString("data-chart=\"boundary\""))
                .body(containsString("data-chart=\"layers\""))
                .body(containsString("data-chart=\"histograms\""))
                .body(containsString("data-chart=\"perClass\""))
                .body(containsString("data-chart=\"cost\""))
                .body(containsString("/webjars/chart.js/dist/chart.umd.min.js"))
                .body(containsString("<script type=\"module\" src=\"/js/lab.js\"></script>"))
                .body(containsString("Run again with seed"))
                .body(containsString("href=\"/lab?from=" + id + "#builder\""))
                .body(not(containsString("<script>")));
        browser.get("/lab").then().body(containsString("href=\"/lab/experiments/" + id + "\""));
        // "Change one setting" opens the builder with the experiment's settings
        browser.get("/lab?from=" + id)
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"moons\" data-rows=\"300\" selected>"));
    }

    @Test
    void theTreePresetShowsThePathAndTheTrees() {
        Browser browser = new Browser();
        long id = runFromForm(browser, "/lab/presets/tree-ccp", "/lab/run", Map.of("preset", "tree-ccp"));
        assertThat(awaitFinal(browser, id).getString("status")).isEqualTo("done");
        browser.get("/lab/experiments/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Accuracy against alpha"))
                .body(containsString("data-chart=\"trees\""))
                .body(containsString("<script type=\"module\" src=\"/js/lab.js\"></script>"));
        // the page's module imports the tree drawing, which the server serves as JavaScript
        given().get("/js/lab-charts.js").then().statusCode(200).body(containsString("from './lab-trees.js'"));
        long again = runFromForm(
                browser, "/lab/experiments/" + id, "/lab/experiments/" + id + "/rerun", Map.of("seed", "1"));
        assertThat(again).isNotEqualTo(id);
        assertThat(awaitFinal(browser, again).getString("spec.seed")).isEqualTo("1");
    }

    @Test
    void aRunningExperimentShowsLiveProgressAndCanBeCancelledFromItsPage() {
        Browser browser = new Browser();
        long id = LabApiClient.start(browser, LabApiClient.slowSpec());
        browser.get("/lab/experiments/" + id)
                .then()
                .statusCode(200)
                .body(containsString("id=\"lab-live\" data-experiment=\"" + id + "\""))
                .body(containsString("<progress id=\"lab-progress\""))
                .body(containsString("action=\"/lab/experiments/" + id + "/cancel\""));
        browser.post("/lab/experiments/" + id + "/cancel", Map.of(), true)
                .then()
                .statusCode(303);
        assertThat(awaitFinal(browser, id).getString("status")).isEqualTo("cancelled");
        browser.get("/lab/experiments/" + id).then().body(containsString("status-cancelled"));
    }

    @Test
    void aGuestsExperimentsMoveIntoTheAccountOnSignUpAndAreExported() {
        Browser browser = new Browser();
        long id = LabApiClient.start(browser, LabApiClient.quickSpec());
        awaitFinal(browser, id);
        String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        browser.submit("/signup", "/signup", Map.of("username", name, "password", "correct horse battery"))
                .then()
                .statusCode(303);
        browser.request().get("/api/experiments/" + id).then().statusCode(200);
        browser.request()
                .get("/api/account/export")
                .then()
                .statusCode(200)
                .body(containsString("\"experiments\""))
                .body(containsString("\"decision-boundary\""));
    }
}
