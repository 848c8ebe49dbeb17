package dev.prunelab.practice.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.practice.SampleAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The optional LLM against a local stub: its notes beside the rubric feedback, and silent fallback when it fails. */
@QuarkusTest
@TestProfile(LlmNotesTest.WithStubLlm.class)
class LlmNotesTest {

    /** Turns the LLM on, pointed at {@link StubLlmServer}, with a small anonymous rate limit. */
    public static class WithStubLlm implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StubLlmServer.class));
        }
    }

    @AfterEach
    void answerAgain() {
        StubLlmServer.mode = StubLlmServer.Mode.ANSWER;
    }

    private static Browser submitWith(StubLlmServer.Mode mode) {
        StubLlmServer.mode = mode;
        Browser browser = new Browser();
        PracticeFlowTest.submit(browser, PracticeFlowTest.MAIN, SampleAnswers.body(SampleAnswers.WEAK));
        return browser;
    }

    private static long latestAttemptId(Browser browser) {
        return browser.request()
                .get("/api/practice/questions/" + PracticeFlowTest.MAIN + "/attempts")
                .then()
                .extract()
                .jsonPath()
                .getLong("[0].id");
    }

    @Test
    void llmNotesAreShownBesideTheRubricFeedback() {
        Browser browser = submitWith(StubLlmServer.Mode.ANSWER);
        long id = latestAttemptId(browser);
        browser.get("/practice/attempts/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Second opinion"))
                .body(containsString(StubLlmServer.NOTES))
                .body(containsString("Scores per dimension"))
                .body(containsString("What you did well"));
        browser.request()
                .get("/api/practice/attempts/" + id)
                .then()
                .body("llmNotes", equalTo(StubLlmServer.NOTES))
                .body("feedback.scored", equalTo(true));
    }

    @Test
    void aFailingOrSlowLlmFallsBackSilentlyToTheRubricFeedback() {
        for (StubLlmServer.Mode mode : List.of(StubLlmServer.Mode.FAIL, StubLlmServer.Mode.SLOW)) {
            long started = System.currentTimeMillis();
            Browser browser = submitWith(mode);
            if (mode == StubLlmServer.Mode.SLOW) {
                assertThat(System.currentTimeMillis() - started)
                        .as("the slow answer is cut off by the timeout")
                        .isLessThan(StubLlmServer.SLOW_MILLIS);
            }
            long id = latestAttemptId(browser);
            browser.get("/practice/attempts/" + id)
                    .then()
                    .statusCode(200)
                    .body(not(containsString("Second opinion")))
                    .body(containsString("Scores per dimension"))
                    .body(containsString("did not answer in time"));
            browser.request().get("/api/practice/attempts/" + id).then().body("llmNotes", nullValue());
        }
    }

    @Test
    void statelessFeedbackCarriesTheNotesAndAnonymousCallersAreRateLimited() {
        Browser user = new Browser();
        AccountFlowTestSupport.signUp(user);
        Map<String, String> body =
                Map.of("question", "fu-gpu-speedup", "answer", SampleAnswers.body(SampleAnswers.GPU_STRONG));
        for (int i = 0; i < StubLlmServer.ANONYMOUS_REQUESTS + 2; i++) {
            user.postJson("/api/feedback", body).then().statusCode(200).body("llmNotes", equalTo(StubLlmServer.NOTES));
        }
        Browser anonymous = new Browser();
        for (int i = 0; i < StubLlmServer.ANONYMOUS_REQUESTS; i++) {
            anonymous.postJson("/api/feedback", body).then().statusCode(200);
        }
        anonymous
                .postJson("/api/feedback", body)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Matchers.notNullValue())
                .body("detail", containsString("Too many feedback requests"));
    }
}
