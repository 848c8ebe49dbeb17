package dev.prunelab.interview.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.prunelab.Browser;
import dev.prunelab.interview.InterviewSession;
import dev.prunelab.practice.SampleAnswers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A solo interview ends when its time is up: it says so and the report follows, with the answers given. */
@QuarkusTest
class SoloTimeUpTest {

    /** Moves a session's start back, as if this many minutes had passed. */
    private static void startedMinutesAgo(long id, int minutes) {
        QuarkusTransaction.requiringNew()
                .run(() -> InterviewSession.update(
                        "createdAt = ?1 where id = ?2", Instant.now().minus(Duration.ofMinutes(minutes)), id));
    }

    @Test
    void theRunningPageKnowsWhenTheTimeIsUp() {
        Browser guest = new Browser();
        long id = SoloInterviewFlowTest.start(guest, 15);
        guest.get("/interview/" + id)
                .then()
                .body(containsString("\"endsAt\":"))
                .body(containsString("id=\"time-up\" role=\"alert\" hidden>Time is up"));
    }

    @Test
    void anAnswerSentAsTheTimeRunsOutCountsAndTheReportFollows() {
        Browser guest = new Browser();
        long id = SoloInterviewFlowTest.start(guest, 15);
        guest.get("/interview/" + id);
        startedMinutesAgo(id, 16);
        SoloInterviewFlowTest.answer(guest, id, SampleAnswers.body(SampleAnswers.MATH_NO_EVALUATION))
                .then()
                .statusCode(303);
        guest.request()
                .get("/api/interviews/" + id)
                .then()
                .body("status", equalTo("finished"))
                .body("timeUp", equalTo(true))
                .body("turns", hasSize(1));
        guest.get("/interview/" + id)
                .then()
                .body(containsString("Time was up after 15 minutes: the interview ended there"))
                .body(containsString("Verdict on the question: "));
    }

    @Test
    void aPageOpenedAfterTheTimeIsUpShowsTheReport() {
        Browser guest = new Browser();
        long id = SoloInterviewFlowTest.start(guest, 15);
        startedMinutesAgo(id, 20);
        guest.get("/interview/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Mock interview report"))
                .body(containsString("Time was up after 15 minutes"))
                .body(containsString("Verdict on the question: Not yet"))
                .body(containsString("The main question was not answered"));
    }
}
