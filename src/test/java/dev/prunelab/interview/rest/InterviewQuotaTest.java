package dev.prunelab.interview.rest;

import static org.hamcrest.Matchers.containsString;

import dev.prunelab.Browser;
import dev.prunelab.TightLimitsProfile;
import dev.prunelab.account.AccountFlowTestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A learner keeps at most so many interview sessions; the next one is refused with the limit named. */
@QuarkusTest
@TestProfile(TightLimitsProfile.class)
class InterviewQuotaTest {

    private static Response start(Browser browser) {
        return browser.postJson("/api/interviews", Map.of("mode", "solo", "minutes", 15));
    }

    @Test
    void interviewSessionsStopAtTheLearnersAllowance() {
        Browser user = new Browser().from("192.0.2.20");
        AccountFlowTestSupport.signUp(user);
        for (int i = 0; i < TightLimitsProfile.INTERVIEWS; i++) {
            start(user).then().statusCode(201);
        }

        start(user)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("at most " + TightLimitsProfile.INTERVIEWS + " interview sessions"))
                .body("detail", containsString("prunelab.limits.interviews"));
    }
}
