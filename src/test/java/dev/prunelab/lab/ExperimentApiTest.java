package dev.prunelab.lab;

import static dev.prunelab.lab.LabApiClient.awaitFinal;
import static dev.prunelab.lab.LabApiClient.quickSpec;
import static dev.prunelab.lab.LabApiClient.slowSpec;
import static dev.prunelab.lab.LabApiClient.start;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.prunelab.Browser;
import dev.prunelab.account.CurrentLearner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExperimentApiTest {

    @Test
    void presetsAreListedWithTheirSpecs() {
        given().get("/api/lab/presets")
                .then()
                .statusCode(200)
                .body("", hasSize(12))
                .body("id", hasItems("magnitude-vs-random", "tree-ccp", "decision-boundary"))
                .body("find { it.id == 'tree-ccp' }.spec.model", equalTo("tree"))
                .body("find { it.id == 'schedules' }.url", equalTo("/lab/presets/schedules"));
    }

    @Test
    void aPresetRunsToAResult() {
        Browser browser = new Browser();
        long id = start(browser, quickSpec());
        JsonPath done = awaitFinal(browser, id);
        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(done.getString("url")).isEqualTo("/lab/experiments/" + id);
        // The seed changes from run to run (so the result cache is not hit): well above chance (0.5 on the two moons),
        // not a particular figure; one seed gave exactly 0.80.
        assertThat(done.getDouble("result.baseline")).isGreaterThanOrEqualTo(0.7);
        assertThat(done.getList("result.series.name")).contains("magnitude", "random pruning (control)");
        assertThat(done.getList("result.boundary.frames")).hasSize(5);
        assertThat(done.getList("result.cost")).hasSize(6);
        assertThat(done.getLong("runMillis")).isPositive();
    }

    @Test
    void invalidSpecsNameEachFieldAndItsRange() {
        new Browser()
                .postJson(
                        "/api/experiments",
                        Map.of(
                                "epochs",
                                1000,
                                "sparsities",
                                List.of(0.5, 0.7, 1.5),
                                "hidden",
                                List.of(64, 100000),
                                "scope",
                                "everywhere"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("epochs", "sparsities[2]", "hidden[1]", "scope"))
                .body("errors.find { it.field == 'epochs' }.message", equalTo("must be in [1, 30], got 1000"))
                .body(
                        "errors.find { it.field == 'sparsities[2]' }.message",
                        equalTo("must be in [0.05, 0.99], got 1.5"))
                .body("errors.find { it.field == 'hidden[1]' }.message", equalTo("must be in [1, 512], got 100000"))
                .body("detail", containsString("sparsities[2] must be in [0.05, 0.99]"));
        new Browser()
                .postJson("/api/experiments", Map.of("preset", "no-such-preset"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("preset"))
                .body("errors[0].message", containsString("magnitude-vs-random"));
        new Browser()
                .postJson("/api/experiments", Map.of("granularity", "n:m", "sparsities", List.of(0.6)))
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("scope", "sparsities[0]"));
    }

    @Test
    void fieldsTheModelDoesNotUseAreIgnoredAndLeftOutOfTheSpecThatRuns() {
        Browser browser = new Browser();
        Map<String, Object> tree = Map.of("dataset", "iris", "model", "tree", "seed", LabApiClient.uniqueSeed());
        Map<String, Object> withNetworkSettings = new HashMap<>(tree);
        withNetworkSettings.putAll(Map.of(
                "hidden",
                List.of(100000),
                "rounds",
                99,
                "schedule",
                "bogus",
                "sparsities",
                List.of(1.5),
                "epochs",
                1000));
        Response first = browser.postJson("/api/experiments", withNetworkSettings);
        first.then()
                .statusCode(201)
                .body("spec.model", equalTo("tree"))
                .body("spec.criterion", equalTo("gini"))
                .body("spec", not(hasKey("hidden")))
                .body("spec", not(hasKey("rounds")))
                .body("spec", not(hasKey("schedule")))
                .body("spec", not(hasKey("sparsities")));
        assertThat(awaitFinal(browser, first.jsonPath().getLong("id")).getString("status"))
                .isEqualTo("done");
        // Without the ignored fields it is the same experiment: served from the stored result
        browser.postJson("/api/experiments", tree).then().statusCode(201).body("cached", equalTo(true));
    }

    @Test
    void theSameSpecAndSeedIsServedFromTheStoredResult() {
        Browser browser = new Browser();
        Map<String, Object> spec = quickSpec();
        long first = start(browser, spec);
        JsonPath computed = awaitFinal(browser, first);
        Response again = browser.postJson("/api/experiments", spec);
        again.then()
                .statusCode(201)
                .body("status", equalTo("done"))
                .body("cached", equalTo(true))
                .body("runMillis", equalTo(0));
        assertThat(again.jsonPath().getLong("id")).isNotEqualTo(first);
        assertThat(again.jsonPath().getDouble("result.baseline")).isEqualTo(computed.getDouble("result.baseline"));
        // Another visitor asking for the same spec gets it from the store too
        new Browser().postJson("/api/experiments", spec).then().statusCode(201).body("cached", equalTo(true));
    }

    @Test
    void aRunningExperimentCanBeCancelled() {
        Browser browser = new Browser();
        long id = start(browser, slowSpec());
        LabApiClient.awaitStatus(browser, id, "running");
        // the answer comes at once with the state after the cancel: the run stops at its next check
        Response cancel = browser.request().delete("/api/experiments/" + id);
        cancel.then().statusCode(200);
        assertThat(cancel.jsonPath().getString("status")).isIn("cancelling", "cancelled");
        assertThat(awaitFinal(browser, id).getString("status")).isEqualTo("cancelled");
        browser.request()
                .delete("/api/experiments/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aFullQueueAnswers429WithRetryAfter() {
        Browser browser = new Browser();
        List<Long> started = new ArrayList<>();
        try {
            Response response = null;
            for (int i = 0; i < 5; i++) { // 1 worker + a queue of 2 in the test profile: at most 3 are taken
                response = browser.postJson("/api/experiments", slowSpec());
                if (response.statusCode() != 201) {
                    break;
                }
                started.add(response.jsonPath().getLong("id"));
            }
            assertThat(started).hasSizeBetween(1, 3);
            response.then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", containsString(""))
                    .body("detail", containsString("The lab is busy"));
            assertThat(Integer.parseInt(response.header("Retry-After"))).isPositive();
            // a full lab turns a submission away before anything is written: no learner (no guest cookie), no row
            long rows = QuarkusTransaction.requiringNew().call(() -> Experiment.count());
            Browser newcomer = new Browser();
            newcomer.postJson("/api/experiments", slowSpec())
                    .then()
                    .statusCode(429)
                    .header("Retry-After", containsString(""));
            assertThat(newcomer.hasCookie(CurrentLearner.GUEST_COOKIE)).isFalse();
            assertThat(QuarkusTransaction.requiringNew().call(() -> Experiment.count()))
                    .isEqualTo(rows);
        } finally {
            started.forEach(id -> browser.request().delete("/api/experiments/" + id));
        }
        started.forEach(
                id -> assertThat(awaitFinal(browser, id).getString("status")).isEqualTo("cancelled"));
        // the room comes back as experiments leave the pool
        assertThat(awaitFinal(browser, start(browser, quickSpec())).getString("status"))
                .isEqualTo("done");
    }

    @Test
    void progressStreamsAsServerSentEventsUntilDone() {
        Browser browser = new Browser();
        long id = start(browser, Map.of("preset", "magnitude-vs-random", "seed", LabApiClient.uniqueSeed()));
        String stream = LabApiClient.events(browser, id);
        assertThat(stream).contains("event:running").contains("\"fraction\":").contains("\"epoch\":");
        assertThat(stream.indexOf("event:running")).isLessThan(stream.indexOf("event:done"));
        assertThat(stream.trim()).contains("event:done");
        // A finished experiment's stream says so at once and ends
        assertThat(browser.request().get("/api/experiments/" + id + "/events").asString())
                .contains("event:done");
    }

    @Test
    void anotherLearnersExperimentDoesNotExist() {
        Browser owner = new Browser();
        long id = start(owner, quickSpec());
        Browser stranger = new Browser();
        stranger.request().get("/api/experiments/" + id).then().statusCode(404).contentType("application/problem+json");
        stranger.request().get("/api/experiments/" + id + "/events").then().statusCode(404);
        stranger.request().delete("/api/experiments/" + id).then().statusCode(404);
        stranger.get("/lab/experiments/" + id).then().statusCode(404);
        stranger.request().get("/api/experiments").then().statusCode(200).body("", hasSize(0));
        awaitFinal(owner, id);
        owner.request().get("/api/experiments").then().statusCode(200).body("id", hasItems((int) id));
    }
}
