package dev.prunelab.lab;

import static dev.prunelab.lab.LabApiClient.awaitFinal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The anonymous allowance through the API and the pages, with a small limit. Every request of a test comes from the
 * same address, so the allowance is shared: the first test counts it from a fresh window, the others use it up first.
 */
@QuarkusTest
@TestProfile(AnonymousRunLimitTest.TwoRunsPerWindow.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnonymousRunLimitTest {

    static final int RUNS = 2;
    static final int WINDOW_SECONDS = 600;

    public static class TwoRunsPerWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "prunelab.lab.anonymous-runs",
                    String.valueOf(RUNS),
                    "prunelab.lab.anonymous-window-seconds",
                    String.valueOf(WINDOW_SECONDS));
        }
    }

    /** A tree on iris: done in a fraction of a second, with a seed no other run used (so it is computed). */
    static Map<String, Object> freshSpec() {
        return Map.of("dataset", "iris", "model", "tree", "seed", LabApiClient.uniqueSeed());
    }

    /** Starts the experiment as a guest and waits for it, so the queue stays empty and a 429 can only be the allowance. */
    static Response startAndFinish(Browser browser, Map<String, Object> spec) {
        Response response = browser.postJson("/api/experiments", spec);
        if (response.statusCode() == 201) {
            awaitFinal(browser, response.jsonPath().getLong("id"));
        }
        return response;
    }

    /** Starts fresh experiments as new guests until this address's allowance is used up. */
    static void useUpTheAllowance() {
        for (int i = 0; i <= RUNS; i++) {
            if (startAndFinish(new Browser(), freshSpec()).statusCode() == 429) {
                return;
            }
        }
        throw new AssertionError("no 429 after " + (RUNS + 1) + " anonymous experiments");
    }

    @Test
    @Order(1)
    void guestsGetTheirAllowanceThen429WithRetryAfterAndStoredResultsStillCome() {
        Browser guest = new Browser();
        Map<String, Object> first = freshSpec();
        assertThat(startAndFinish(guest, first).statusCode()).isEqualTo(201);
        // another guest from the same address shares the allowance
        assertThat(startAndFinish(new Browser(), freshSpec()).statusCode()).isEqualTo(201);

        Response refused = guest.postJson("/api/experiments", freshSpec());
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body(
                        "detail",
                        equalTo("Visitors who are not signed in may start 2 experiments per 10 minutes. "
                                + "Sign in to run more, or try again in 10 minutes."));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, (long) WINDOW_SECONDS);

        // a stored result costs nothing: an identical spec and seed is served, and does not count
        guest.postJson("/api/experiments", first).then().statusCode(201).body("cached", equalTo(true));
        new Browser().postJson("/api/experiments", first).then().statusCode(201).body("cached", equalTo(true));
        guest.postJson("/api/experiments", freshSpec()).then().statusCode(429);
    }

    @Test
    @Order(2)
    void signedInLearnersAreNotLimited() {
        useUpTheAllowance();
        Browser learner = new Browser();
        AccountFlowTestSupport.signUp(learner);
        for (int i = 0; i <= RUNS; i++) {
            Response started = startAndFinish(learner, freshSpec());
            assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
            assertThat(started.jsonPath().getBoolean("cached")).isFalse();
        }
    }

    @Test
    @Order(3)
    void theLabPageSaysSoBesideTheBuilderAndOffersToSignIn() {
        useUpTheAllowance();
        Browser guest = new Browser();
        Response fromBuilder = guest.submit("/lab", "/lab/run", LabApiClient.treeForm("gini", 5));
        fromBuilder
                .then()
                .statusCode(429)
                .contentType(containsString("text/html"))
                .body(containsString(
                        "<p class=\"notice\" role=\"status\">Visitors who are not signed in may start 2 experiments"))
                .body(containsString("<a href=\"/login?next=/lab\">Sign in</a>"))
                .body(containsString("name=\"seed\" value=\"")) // the builder is still there, filled in
                .body(containsString("<option value=\"iris\" data-rows=\"150\" selected>"))
                .body(not(containsString("\"status\":")));
        assertThat(fromBuilder.header("Retry-After")).isNotBlank();
        // the notice sits in the builder, which the Run button's autofocus scrolls into view
        String page = fromBuilder.asString();
        assertThat(page.indexOf("role=\"status\">Visitors")).isGreaterThan(page.indexOf("id=\"builder\""));
        assertThat(page).contains("type=\"submit\" autofocus>Run experiment");

        // a preset's Run button: the same message, at the top beside the presets
        String preset = guest.submit(
                        "/lab",
                        "/lab/run",
                        Map.of("preset", "tree-ccp", "seed", String.valueOf(LabApiClient.uniqueSeed())))
                .then()
                .statusCode(429)
                .extract()
                .asString();
        assertThat(preset.indexOf("role=\"status\">Visitors")).isLessThan(preset.indexOf("id=\"presets-heading\""));
    }
}
