package dev.prunelab.lab;

import static dev.prunelab.lab.LabApiClient.awaitFinal;
import static dev.prunelab.lab.LabApiClient.awaitStatus;
import static dev.prunelab.lab.LabApiClient.slowSpec;
import static dev.prunelab.lab.LabApiClient.start;
import static dev.prunelab.lab.LabApiClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One client address cannot keep the lab busy for everyone: its visitors have a few experiments in flight at most,
 * whatever guest cookies they send, a signed-in learner from the same address still gets in, and a worker that frees
 * up takes the learner with the fewest running before the busy visitor's next one.
 */
@QuarkusTest
@TestProfile(LabFairnessTest.TwoWorkersThreeInFlight.class)
class LabFairnessTest {

    static final int IN_FLIGHT = 3;

    public static class TwoWorkersThreeInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "prunelab.lab.workers",
                    "2",
                    "prunelab.lab.queue-capacity",
                    "4",
                    "prunelab.lab.in-flight-per-learner",
                    String.valueOf(IN_FLIGHT),
                    "prunelab.lab.in-flight-per-address",
                    String.valueOf(IN_FLIGHT));
        }
    }

    @Test
    void oneAddressCannotFillTheLabAndANewcomerRunsBeforeItsWaitingExperiments() {
        Browser guest = new Browser();
        List<Long> guestRuns = new ArrayList<>();
        Browser learner = new Browser();
        List<Long> learnerRuns = new ArrayList<>();
        try {
            for (int i = 0; i < IN_FLIGHT; i++) {
                guestRuns.add(start(guest, slowSpec()));
            }
            awaitStatus(guest, guestRuns.get(0), "running");
            awaitStatus(guest, guestRuns.get(1), "running");

            // another guest cookie from the same address is no way around the limit
            Response otherGuest = new Browser().postJson("/api/experiments", slowSpec());
            otherGuest
                    .then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .body(
                            "detail",
                            equalTo("Visitors who are not signed in may have 3 experiments queued or running at once"
                                    + " from one address, and yours has that many. Wait for one to finish, or sign"
                                    + " in."));
            assertThat(Long.parseLong(otherGuest.header("Retry-After"))).isPositive();
            guest.postJson("/api/experiments", slowSpec())
                    .then()
                    .statusCode(429)
                    .body("detail", startsWith("You have 3 experiments queued or running, the most one learner"));
            // the builder says so beside the form
            guest.submit("/lab", "/lab/run", LabApiClient.treeForm("gini", 5))
                    .then()
                    .statusCode(429)
                    .body(containsString("You have 3 experiments queued or running"));

            // a signed-in learner from the same address is not turned away as "busy"
            AccountFlowTestSupport.signUp(learner);
            learnerRuns.add(start(learner, slowSpec()));

            // a worker frees up: the learner with none running goes before the guest's older waiting experiment
            Response cancel = guest.request().delete("/api/experiments/" + guestRuns.get(0));
            cancel.then().statusCode(200);
            assertThat(cancel.jsonPath().getString("status")).isIn("cancelling", "cancelled");
            awaitStatus(learner, learnerRuns.get(0), "running");
            assertThat(status(guest, guestRuns.get(2))).isEqualTo("queued");

            // a queued experiment's cancel is final at once
            guest.request()
                    .delete("/api/experiments/" + guestRuns.get(2))
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("cancelled"));
        } finally {
            guestRuns.forEach(id -> guest.request().delete("/api/experiments/" + id));
            learnerRuns.forEach(id -> learner.request().delete("/api/experiments/" + id));
        }
        guestRuns.forEach(
                id -> assertThat(awaitFinal(guest, id).getString("status")).isEqualTo("cancelled"));
        learnerRuns.forEach(
                id -> assertThat(awaitFinal(learner, id).getString("status")).isEqualTo("cancelled"));
    }
}
