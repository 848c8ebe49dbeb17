package dev.prunelab.interview.rest;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The security suite on mock interviews: hostile answers, private notes and form values are stored as the exact text
 * sent and shown inert on every page that shows them (the turn, the interviewer's transcript and feedback notes, the
 * report), and bad values are a 4xx, never a 5xx. Another learner's session is a 404 on every route: see
 * {@link PairInterviewFlowTest#onlyTheTwoParticipantsCanSeeOrJoinTheSession} and {@link SoloInterviewFlowTest}.
 */
@QuarkusTest
class InterviewSecuritySuiteTest {

    /**
     * An answer that earns credit, with every payload inside a sentence the feedback engine quotes back as evidence,
     * and an SQL string.
     */
    static final String HOSTILE_ANSWER = XSS.stream()
                    .map(p -> "Magnitude pruning removes the weights with the smallest absolute values " + p
                            + " and then fine-tunes the network to recover the accuracy it lost.")
                    .collect(Collectors.joining("\n\n"))
            + "\n\nStructured pruning removes whole neurons or filters " + SQL
            + " so that dense kernels really run faster.";

    @Test
    void aSoloCandidatesHostileAnswerIsShownInertOnTheTurnAndTheReport() {
        Browser guest = new Browser();
        long id = SoloInterviewFlowTest.start(guest, 15);
        guest.get("/interview/" + id);
        Response tooLong = SoloInterviewFlowTest.answer(guest, id, HOSTILE_ANSWER + "x".repeat(20_001));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertShownInert(tooLong); // given back in the text area to shorten

        guest.get("/interview/" + id);
        SoloInterviewFlowTest.answer(guest, id, HOSTILE_ANSWER).then().statusCode(303);
        assertThat(guest.request().get("/api/interviews/" + id).jsonPath().getString("turns[0].answer"))
                .isEqualTo(HOSTILE_ANSWER);
        Response turn = guest.get("/interview/" + id);
        assertThat(turn.statusCode()).isEqualTo(200);
        assertShownInert(turn); // "Answered so far"

        guest.post("/interview/" + id + "/finish", Map.of(), true).then().statusCode(303);
        Response report = guest.get("/interview/" + id);
        assertThat(report.asString()).contains("Mock interview report");
        assertShownInert(report);
        assertInert(guest.get("/progress").asString());
    }

    @Test
    void hostileAnswersNotesAndFormValuesInAPairInterviewAreShownInertToBoth() {
        PairInterviewFlowTest.Pair pair = PairInterviewFlowTest.startAndJoin();
        long id = pair.id();
        Browser interviewer = pair.interviewer();
        pair.candidate()
                .postJson("/api/interviews/" + id + "/answers", Map.of("answer", HOSTILE_ANSWER))
                .then()
                .statusCode(200);
        // the engine's notes show once the interviewer has scored
        interviewer
                .putJson("/api/interviews/" + id + "/scores", Map.of("scores", Map.of("foundations", 3)))
                .then()
                .statusCode(200);
        Response transcript = interviewer.get("/interview/" + id);
        assertShownInert(transcript);
        assertThat(transcript.asString())
                .as("the engine quotes a sentence with a payload as evidence")
                .contains("<q>Magnitude pruning removes the weights with the smallest absolute values "
                        + escaped(XSS.get(0)));
        assertShownInert(pair.candidate().get("/interview/" + id));

        String notes = String.join("\n", XSS) + "\n" + SQL;
        for (String payload : XSS) {
            Response badScore = interviewer.submit(
                    "/interview/" + id,
                    "/interview/" + id + "/scores",
                    Map.of("score-foundations", payload, "notes", notes));
            assertThat(badScore.statusCode()).as(payload).isEqualTo(400);
            assertInert(badScore.asString());
            assertThat(badScore.asString()).contains(escaped(payload));
            Response badFollowUp =
                    interviewer.submit("/interview/" + id, "/interview/" + id + "/ask", Map.of("followUp", payload));
            assertThat(badFollowUp.statusCode()).as(payload).isEqualTo(400);
            assertInert(badFollowUp.asString());
            interviewer
                    .putJson("/api/interviews/" + id + "/scores", Map.of("scores", Map.of(payload, 3)))
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
            String token = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
            Response join = new Browser().get("/interview/join/" + token);
            assertThat(join.statusCode()).as(payload).isBetween(400, 499);
            assertInert(join.asString());
        }
        interviewer
                .submit(
                        "/interview/" + id,
                        "/interview/" + id + "/scores",
                        Map.of("score-foundations", "3", "notes", notes))
                .then()
                .statusCode(303);
        assertThat(interviewer.request().get("/api/interviews/" + id).jsonPath().getString("privateNotes"))
                .isEqualTo(notes);
        assertShownInert(interviewer.get("/interview/" + id)); // the notes in their text area

        interviewer.post("/interview/" + id + "/finish", Map.of(), true).then().statusCode(303);
        assertShownInert(interviewer.get("/interview/" + id)); // the report with the private notes
        Response candidateReport = pair.candidate().get("/interview/" + id);
        assertThat(candidateReport.asString()).contains("Mock interview report");
        assertInert(candidateReport.asString());
    }

    /** The page is not a 5xx, carries no payload live, and shows the first one as text (so it was there to check). */
    private static void assertShownInert(Response page) {
        assertThat(page.statusCode()).isLessThan(500);
        assertInert(page.asString());
        assertThat(page.asString()).contains(escaped(XSS.get(0)));
    }
}
