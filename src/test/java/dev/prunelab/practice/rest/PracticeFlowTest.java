package dev.prunelab.practice.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.account.CurrentLearner;
import dev.prunelab.practice.PracticeRows;
import dev.prunelab.practice.SampleAnswers;
import dev.prunelab.progress.ProgressEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PracticeFlowTest {

    static final String MAIN = "model-pruning";
    static final String DRAFT_TEXT = "Pruning removes the weights that matter least. **Draft** in progress";

    static long submit(Browser browser, String question, String answer) {
        String location = browser.submit(
                        "/practice/" + question,
                        "/practice/" + question,
                        Map.of("answer", answer, "timeBoxMinutes", "10", "elapsedSeconds", "420"))
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        return Long.parseLong(location.replaceAll(".*/practice/attempts/", ""));
    }

    @Test
    void questionListOffersTheMainQuestionAndEveryFollowUpWithFilters() {
        new Browser()
                .get("/practice")
                .then()
                .statusCode(200)
                .body(containsString("Describe model pruning in depth"))
                .body(containsString("href=\"/practice/fu-gpu-speedup\""))
                .body(containsString("aria-current=\"page\""));
        new Browser()
                .get("/practice?dimension=evaluation&kind=follow-up")
                .then()
                .statusCode(200)
                .body(containsString("/practice/fu-evaluate-pruned"))
                .body(not(containsString("/practice/fu-gpu-speedup\"")));
        new Browser()
                .request()
                .get("/api/practice/questions?card=model-pruning&kind=follow-up")
                .then()
                .statusCode(200)
                .body("size()", equalTo(14))
                .body("followUp", everyItem(equalTo(true)))
                .body("cardId", everyItem(equalTo(MAIN)));
        new Browser()
                .get("/practice?card=quantization")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"quantization\" selected>"))
                .body(containsString("href=\"/practice/quantization\""))
                .body(containsString("href=\"/practice/fu-quant-ptq-vs-qat\""))
                .body(not(containsString("href=\"/practice/fu-gpu-speedup\"")));
        new Browser()
                .request()
                .get("/api/practice/questions?kind=question")
                .then()
                .statusCode(200)
                .body("id", hasItems(MAIN, "quantization", "knowledge-distillation", "tree-regularization"));
        new Browser()
                .request()
                .get("/api/practice/questions?dimension=evaluation")
                .then()
                .statusCode(200)
                .body("dimension", everyItem(isOneOf("evaluation", "all")))
                .body("id", hasItem(MAIN));
        new Browser().get("/practice/no-such-question").then().statusCode(404);
    }

    @Test
    void draftIsAutosavedAndComesBackAfterAReload() {
        Browser guest = new Browser();
        guest.get("/practice/" + MAIN).then().statusCode(200).body(containsString("Not saved yet"));
        guest.call(r -> r.contentType(ContentType.JSON)
                        .body(Map.of("answer", DRAFT_TEXT, "timeBoxMinutes", 5, "elapsedSeconds", 75))
                        .put("/api/practice/questions/" + MAIN + "/draft"))
                .then()
                .statusCode(200)
                .body("elapsedSeconds", equalTo(75));
        assertThat(guest.hasCookie(CurrentLearner.GUEST_COOKIE)).isTrue();
        guest.get("/practice/" + MAIN)
                .then()
                .statusCode(200)
                .body(containsString("Draft saved"))
                .body(containsString("**Draft** in progress</textarea>"))
                .body(containsString("<option value=\"5\" selected>"))
                .body(containsString("value=\"75\""));
        guest.request()
                .get("/api/practice/questions/" + MAIN + "/draft")
                .then()
                .statusCode(200)
                .body("answer", equalTo(DRAFT_TEXT))
                .body("timeBoxMinutes", equalTo(5));
        new Browser()
                .request()
                .get("/api/practice/questions/" + MAIN + "/draft")
                .then()
                .statusCode(404);
    }

    @Test
    void submittedAnswerIsScoredStoredRecordedAndItsDraftRemoved() throws Exception {
        Browser guest = new Browser();
        guest.call(r -> r.contentType(ContentType.JSON)
                        .body(Map.of("answer", DRAFT_TEXT))
                        .put("/api/practice/questions/" + MAIN + "/draft"))
                .then()
                .statusCode(200);
        long id = submit(guest, MAIN, SampleAnswers.body(SampleAnswers.EXCELLENT));
        guest.get("/practice/attempts/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Scores per dimension"))
                .body(containsString("What you did well"))
                .body(containsString("Next steps"))
                .body(containsString("The sentences that earned it"))
                .body(not(containsString("Second opinion")));
        guest.request().get("/api/practice/questions/" + MAIN + "/draft").then().statusCode(404);
        guest.request()
                .get("/api/practice/attempts/" + id)
                .then()
                .statusCode(200)
                .body("feedback.scored", equalTo(true))
                .body("feedback.dimensions", hasSize(6))
                .body("timeBoxMinutes", equalTo(10))
                .body("elapsedSeconds", equalTo(420));

        List<ProgressEvent> events = PracticeRows.eventsOfAttemptOwner(id, ProgressEvent.Kind.PRACTICE_ATTEMPT);
        assertThat(events).hasSize(1);
        ProgressEvent event = events.get(0);
        assertThat(event.subject).isEqualTo(MAIN);
        JsonNode detail = new ObjectMapper().readTree(event.detail);
        assertThat(detail.fieldNames()).toIterable().containsExactly("dimensions", "covered");
        assertThat(detail.get("dimensions").fieldNames())
                .toIterable()
                .containsExactly(
                        "foundations", "implementation", "tradeoffs", "evaluation", "applications", "communication");
        assertThat(detail.get("covered").size()).isGreaterThan(5);
        assertThat(event.score).isGreaterThan(2.0);
        guest.get("/progress")
                .then()
                .statusCode(200)
                .body(containsString("Practice scores per question"))
                .body(not(containsString("No practice answers yet")));
    }

    @Test
    void aTooShortAnswerGetsAMessageAndNothingIsStored() {
        Browser guest = new Browser();
        long before = PracticeRows.attempts();
        guest.submit(
                        "/practice/" + MAIN,
                        "/practice/" + MAIN,
                        Map.of("answer", SampleAnswers.SHORT, "timeBoxMinutes", ""))
                .then()
                .statusCode(400)
                .body(containsString("Write at least 40 words"))
                .body(containsString(SampleAnswers.SHORT));
        guest.postJson("/api/practice/questions/" + MAIN + "/attempts", Map.of("answer", SampleAnswers.SHORT))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("answer"))
                .body("errors[0].message", containsString("Write at least 40 words"));
        assertThat(PracticeRows.attempts()).isEqualTo(before);
    }

    @Test
    void answersOverTwentyThousandCharactersAreA400NamingTheField() {
        String tooLong = "pruning ".repeat(2501);
        Browser guest = new Browser();
        guest.submit("/practice/" + MAIN, "/practice/" + MAIN, Map.of("answer", tooLong))
                .then()
                .statusCode(400)
                .body(containsString("at most 20000 allowed"));
        guest.postJson("/api/practice/questions/" + MAIN + "/attempts", Map.of("answer", tooLong))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("answer"));
        guest.putJson("/api/practice/questions/" + MAIN + "/draft", Map.of("answer", tooLong))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("answer"));
        guest.postJson("/api/feedback", Map.of("question", MAIN, "answer", tooLong))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("answer"));
        guest.putJson("/api/practice/questions/" + MAIN + "/draft", Map.of("answer", "x", "timeBoxMinutes", 0))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("timeBoxMinutes"));
        guest.submit(
                        "/practice/" + MAIN,
                        "/practice/" + MAIN,
                        Map.of("answer", SampleAnswers.body(SampleAnswers.WEAK), "timeBoxMinutes", "many"))
                .then()
                .statusCode(400)
                .body(containsString("is not a whole number"));
    }

    @Test
    void historyShowsEveryAttemptAndTwoAttemptsCanBeCompared() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        long weak = submit(browser, MAIN, SampleAnswers.body(SampleAnswers.WEAK));
        long strong = submit(browser, MAIN, SampleAnswers.body(SampleAnswers.EXCELLENT));
        browser.request()
                .get("/api/practice/questions/" + MAIN + "/attempts")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of((int) weak, (int) strong)))
                .body("[1].dimensions.evaluation", Matchers.notNullValue());
        browser.get("/practice/" + MAIN)
                .then()
                .statusCode(200)
                .body(containsString("trend-chart"))
                .body(containsString("Compare the two chosen attempts"));
        browser.request()
                .get("/api/practice/attempts/compare?first=" + strong + "&second=" + weak)
                .then()
                .statusCode(200)
                .body("first.id", equalTo((int) weak))
                .body("second.id", equalTo((int) strong))
                .body("dimensions", hasSize(6))
                .body("onlySecond.size()", Matchers.greaterThan(3));
        browser.get("/practice/" + MAIN + "/compare?first=" + weak + "&second=" + strong)
                .then()
                .statusCode(200)
                .body(containsString("Only the later attempt made"))
                .body(containsString("class=\"up\""));
        browser.get("/practice/attempts/" + strong)
                .then()
                .statusCode(200)
                .body(containsString("/practice/" + MAIN + "/compare?first=" + weak + "&amp;second=" + strong));
    }

    @Test
    void anotherLearnersAttemptsAndDraftsAre404() {
        Browser alice = new Browser();
        AccountFlowTestSupport.signUp(alice);
        long id = submit(alice, MAIN, SampleAnswers.body(SampleAnswers.WEAK));
        alice.putJson("/api/practice/questions/fu-gpu-speedup/draft", Map.of("answer", "Alice's private draft"))
                .then()
                .statusCode(200);
        for (Browser other : List.of(new Browser(), signedUp())) {
            other.get("/practice/attempts/" + id).then().statusCode(404);
            other.request()
                    .get("/api/practice/attempts/" + id)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            other.request()
                    .get("/api/practice/attempts/compare?first=" + id + "&second=" + id)
                    .then()
                    .statusCode(404);
            other.get("/practice/" + MAIN + "/compare?first=" + id + "&second=" + id)
                    .then()
                    .statusCode(404);
            other.request()
                    .get("/api/practice/questions/fu-gpu-speedup/draft")
                    .then()
                    .statusCode(404);
            other.get("/practice/fu-gpu-speedup")
                    .then()
                    .statusCode(200)
                    .body(not(containsString("Alice's private draft")));
            other.request()
                    .get("/api/practice/questions/" + MAIN + "/attempts")
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(0));
        }
    }

    private static Browser signedUp() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        return browser;
    }

    @Test
    void guestAttemptsAndDraftsMoveIntoTheAccountAndAreExported() {
        Browser browser = new Browser();
        long id = submit(browser, MAIN, SampleAnswers.body(SampleAnswers.WEAK));
        browser.putJson("/api/practice/questions/fu-gpu-speedup/draft", Map.of("answer", "draft kept across sign-up"))
                .then()
                .statusCode(200);
        AccountFlowTestSupport.signUp(browser);
        browser.request().get("/api/practice/attempts/" + id).then().statusCode(200);
        browser.request()
                .get("/api/practice/questions/fu-gpu-speedup/draft")
                .then()
                .statusCode(200)
                .body("answer", equalTo("draft kept across sign-up"));
        browser.request()
                .get("/api/account/export")
                .then()
                .statusCode(200)
                .body("practice.attempts.id", hasItem((int) id))
                .body("practice.attempts[0].feedback.scored", equalTo(true))
                .body("practice.drafts.question", hasItem("fu-gpu-speedup"));
    }

    @Test
    void previewIsSanitised() {
        new Browser()
                .postJson(
                        "/api/practice/preview",
                        Map.of(
                                "markdown",
                                "**bold** <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> $w^2$"))
                .then()
                .statusCode(200)
                .body("html", containsString("<strong>bold</strong>"))
                .body("html", not(containsString("<script")))
                .body("html", not(containsString("javascript:")))
                .body("html", not(containsString("<img")))
                .body("html", containsString("class=\"math math-inline\""));
    }
}
