package dev.prunelab.interview.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.prunelab.interview.PairInterviews;
import dev.prunelab.practice.SampleAnswers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the interviewer of a pair sees and does: the answer rendered, the engine held back, their own follow-up. */
@QuarkusTest
class InterviewerViewTest {

    static final String MARKDOWN_TAIL = "\n\n**Key point**: measure *latency*, not FLOPs.\n\n<script>alert(1)</script>";
    static final String OWN_QUESTION = "Which pruning result surprised you most in your own work?";

    private static void answer(PairInterviewFlowTest.Pair pair, String answer) {
        pair.candidate()
                .postJson("/api/interviews/" + pair.id() + "/answers", Map.of("answer", answer))
                .then()
                .statusCode(200);
    }

    @Test
    void theInterviewerReadsTheAnswerRenderedAndSanitisedAndTheEngineOnlyAfterScoring() {
        PairInterviewFlowTest.Pair pair = PairInterviewFlowTest.startAndJoin();
        answer(pair, SampleAnswers.body(SampleAnswers.MATH_NO_EVALUATION) + MARKDOWN_TAIL);
        String page = pair.interviewer().get("/interview/" + pair.id()).asString();
        assertThat(page)
                .contains("<strong>Key point</strong>: measure <em>latency</em>")
                .doesNotContain("<script>alert(1)</script>")
                .doesNotContain("**Key point**")
                .contains("The engine's score and notes show once you have saved your own scores")
                .doesNotContain("Engine score:")
                .contains("gap ")
                .doesNotContainPattern("gap (4\\.[1-9]|[5-9]\\.)");

        pair.interviewer()
                .post(
                        "/interview/" + pair.id() + "/scores",
                        Map.of("score-foundations", "3", "score-evaluation", "2", "notes", ""),
                        true)
                .then()
                .statusCode(303);
        pair.interviewer()
                .get("/interview/" + pair.id())
                .then()
                .body(containsString("Engine score: <strong>"))
                .body(not(containsString("show once you have saved your own scores")));
    }

    @Test
    void theInterviewerAsksTheirOwnFollowUpWhichTheEngineLeavesUnscored() {
        PairInterviewFlowTest.Pair pair = PairInterviewFlowTest.startAndJoin();
        long id = pair.id();
        answer(pair, SampleAnswers.body(SampleAnswers.EXCELLENT));
        pair.interviewer().get("/interview/" + id);
        pair.interviewer()
                .post("/interview/" + id + "/ask-own", Map.of("question", "   "), true)
                .then()
                .statusCode(400)
                .body(containsString("question is empty: type the follow-up you want to ask"));
        pair.interviewer()
                .postJson(
                        "/api/interviews/" + id + "/follow-ups",
                        Map.of("question", "x".repeat(PairInterviews.MAX_OWN_QUESTION_CHARS + 1)))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("question"));
        pair.interviewer()
                .post("/interview/" + id + "/ask-own", Map.of("question", OWN_QUESTION), true)
                .then()
                .statusCode(303);
        pair.candidate().get("/interview/" + id).then().body(containsString(OWN_QUESTION));
        answer(pair, "Movement pruning beating magnitude pruning during fine-tuning of BERT.");
        pair.interviewer()
                .request()
                .get("/api/interviews/" + id)
                .then()
                .body("turns[1].question", equalTo(OWN_QUESTION))
                .body("turns[1].ownQuestion", equalTo(true))
                .body("turns[1].score", nullValue());
        pair.interviewer()
                .post("/interview/" + id + "/finish", Map.of(), true)
                .then()
                .statusCode(303);
        pair.candidate()
                .get("/interview/" + id)
                .then()
                .body(containsString(OWN_QUESTION))
                .body(containsString("The interviewer's own question: not scored by the engine."))
                .body(containsString("Verdict on the question: "));
    }
}
