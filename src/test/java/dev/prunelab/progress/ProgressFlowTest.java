package dev.prunelab.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.account.CurrentLearner;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Quiz;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgressFlowTest {

    static final String LESSON = "magnitude-pruning";
    static final int PARALLEL_WRITES = 8;

    @Inject
    ContentService content;

    private Quiz quiz() {
        return content.catalog().quiz(LESSON).orElseThrow();
    }

    /** The form value of the right answer to a question. */
    static String rightAnswer(Quiz.Question q) {
        return q.type() == Quiz.Type.CHOICE ? String.valueOf(q.correctOption() + 1) : String.valueOf(q.answer());
    }

    @Test
    void reloadingALessonRecordsItOpenedOncePerDay() {
        Browser guest = new Browser();
        answerFirstQuestion(guest, quiz().questions().get(0));
        long before = openedCount();
        for (int i = 0; i < 5; i++) {
            guest.get("/learn/" + LESSON).then().statusCode(200);
        }
        assertThat(openedCount() - before).as("opened events for five reloads").isEqualTo(1);
        new Browser().get("/learn/" + LESSON).then().statusCode(200);
        assertThat(openedCount() - before)
                .as("a visitor who is no learner records nothing")
                .isEqualTo(1);
    }

    /** Answers a question rightly through the quiz form (which makes a visitor a guest learner). */
    private static ValidatableResponse answerFirstQuestion(Browser guest, Quiz.Question q) {
        return guest.submit(
                        "/learn/" + LESSON + "/quiz",
                        "/learn/" + LESSON + "/quiz/" + q.id(),
                        Map.of("answer", rightAnswer(q)))
                .then()
                .statusCode(303);
    }

    private static long openedCount() {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        ProgressEvent.count("kind = ?1 and subject = ?2", ProgressEvent.Kind.LESSON_OPENED, LESSON));
    }

    @Test
    void guestAnswersAQuizAndSeesTheResultWithExplanations() {
        Browser guest = new Browser();
        Quiz.Question q = quiz().questions().get(0);
        answerFirstQuestion(guest, q).header("Location", containsString("/learn/" + LESSON + "/quiz#" + q.id()));
        assertThat(guest.hasCookie(CurrentLearner.GUEST_COOKIE)).isTrue();
        guest.get("/learn/" + LESSON + "/quiz").then().statusCode(200).body(containsString("Right."));
        guest.get("/progress")
                .then()
                .statusCode(200)
                .body(containsString("studying as a guest"))
                .body(containsString("quiz answers right"));
    }

    @Test
    void badQuizAnswerIsExplainedBesideTheQuestion() {
        Browser guest = new Browser();
        Quiz.Question numeric = quiz().questions().stream()
                .filter(x -> x.type() == Quiz.Type.NUMERIC)
                .findFirst()
                .orElseThrow();
        guest.submit(
                        "/learn/" + LESSON + "/quiz",
                        "/learn/" + LESSON + "/quiz/" + numeric.id(),
                        Map.of("answer", "lots"))
                .then()
                .statusCode(400)
                .body(containsString("Your answer: answer must be a number, e.g. 12.5."));
    }

    @Test
    void guestProgressMovesIntoTheAccountOnSignUp() {
        Browser browser = new Browser();
        Quiz.Question q = quiz().questions().get(1);
        browser.submit(
                "/learn/" + LESSON + "/quiz", "/learn/" + LESSON + "/quiz/" + q.id(), Map.of("answer", rightAnswer(q)));
        browser.submit("/learn/" + LESSON + "/quiz", "/learn/" + LESSON + "/complete", Map.of());
        AccountFlowTestSupport.signUp(browser);
        assertThat(browser.hasCookie(CurrentLearner.GUEST_COOKIE)).isFalse();
        browser.request()
                .get("/api/progress/events")
                .then()
                .statusCode(200)
                .body("subject", hasItem(q.id()))
                .body("kind", hasItem("LESSON_COMPLETED"));
        browser.request().get("/api/progress").then().statusCode(200).body("lessonsCompleted", equalTo(1));
    }

    @Test
    void flashcardReviewSchedulesTheCardAndShowsIntervalsOnEachButton() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        String page = browser.get("/progress/cards")
                .then()
                .statusCode(200)
                .body(containsString("New card"))
                .body(containsString("Again"))
                .body(containsString("Easy"))
                .extract()
                .asString();
        String cardId = page.replaceAll("(?s).*action=\"/progress/cards/([^\"]+)\".*", "$1");
        browser.post("/progress/cards/" + cardId, Map.of("grade", "good"), true)
                .then()
                .statusCode(303)
                // a new card graded Good moves to the second learning step, ten minutes later
                .header("Location", containsString("Good%3A+back+in+10+min"));
        String next =
                browser.get("/progress/cards").then().statusCode(200).extract().asString();
        assertThat(next).doesNotContain("action=\"/progress/cards/" + cardId + "\"");
        browser.request()
                .get("/api/progress")
                .then()
                .body("cardsReviewed", equalTo(1))
                .body("dueForecast[0].count", equalTo(1));
    }

    @Test
    void cardApiValidatesTheGradeAndTheCard() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        String cardId = content.catalog().flashcards().get(0).id();
        browser.postJson("/api/cards/" + cardId + "/review", "{\"grade\":\"meh\"}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("grade")))
                .body("errors.message", hasItem("must be one of again, hard, good, easy"));
        browser.postJson("/api/cards/no-such-card/review", "{\"grade\":\"easy\"}")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        browser.postJson("/api/cards/" + cardId + "/review", "{\"grade\":\"easy\"}")
                .then()
                .statusCode(200)
                .body("intervalDays", equalTo(16));
        browser.postJson(
                        "/api/quizzes/" + LESSON + "/"
                                + quiz().questions().stream()
                                        .filter(x -> x.type() == Quiz.Type.CHOICE)
                                        .findFirst()
                                        .orElseThrow()
                                        .id()
                                + "/answers",
                        "{\"answer\":\"9\"}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("answer must be one of the options"));
    }

    @Test
    void aNewUsersFirstWritesArrivingTogetherAllSucceed() throws Exception {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        Quiz.Question q = quiz().questions().get(0);
        String answer = "{\"answer\":\"" + rightAnswer(q) + "\"}";
        // Each request finds no learner yet and creates one; only one may exist per user, and no request may fail for
        // it.
        ExecutorService tabs = Executors.newFixedThreadPool(PARALLEL_WRITES);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < PARALLEL_WRITES; i++) {
            statuses.add(tabs.submit(() -> {
                go.await();
                return browser.postJson("/api/quizzes/" + LESSON + "/" + q.id() + "/answers", answer)
                        .statusCode();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            codes.add(status.get(60, TimeUnit.SECONDS));
        }
        tabs.shutdown();
        assertThat(codes).containsOnly(200);
        browser.request().get("/api/progress/events").then().statusCode(200).body("size()", equalTo(PARALLEL_WRITES));
    }

    @Test
    void progressApiIsForSignedInUsersOnly() {
        for (String path : List.of("/api/progress", "/api/progress/events", "/api/cards/due")) {
            new Browser().request().get(path).then().statusCode(401);
        }
    }

    @Test
    void oneUsersProgressIsInvisibleToAnother() {
        Browser alice = new Browser();
        AccountFlowTestSupport.signUp(alice);
        Quiz.Question q = quiz().questions().get(2);
        alice.submit(
                "/learn/" + LESSON + "/quiz", "/learn/" + LESSON + "/quiz/" + q.id(), Map.of("answer", rightAnswer(q)));
        Browser bob = new Browser();
        AccountFlowTestSupport.signUp(bob);
        bob.request().get("/api/progress/events").then().statusCode(200).body("size()", equalTo(0));
        bob.get("/learn/" + LESSON + "/quiz").then().body(not(containsString("Right.")));
    }

    @Test
    void exportContainsProgressAndDeleteRemovesIt() {
        Browser browser = new Browser();
        String name = AccountFlowTestSupport.signUp(browser);
        Quiz.Question q = quiz().questions().get(0);
        browser.submit(
                "/learn/" + LESSON + "/quiz", "/learn/" + LESSON + "/quiz/" + q.id(), Map.of("answer", rightAnswer(q)));
        browser.request()
                .get("/api/account/export")
                .then()
                .statusCode(200)
                .body("progress.events.subject", hasItem(q.id()));
        long before = ProgressEventCounter.count();
        browser.submit("/account", "/account/delete", Map.of("confirm", name))
                .then()
                .statusCode(303);
        assertThat(ProgressEventCounter.count()).isLessThan(before);
    }

    @Test
    void lessonPageLinksToItsQuizAndCards() {
        new Browser()
                .get("/learn/" + LESSON)
                .then()
                .statusCode(200)
                .body(containsString("href=\"/learn/" + LESSON + "/quiz\""))
                .body(containsString("Check yourself"));
    }
}
