package dev.prunelab.practice.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.prunelab.Browser;
import dev.prunelab.practice.PracticeRows;
import dev.prunelab.practice.SampleAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stateless {@code POST /api/feedback}: scores and notes, nothing stored, no account needed. */
@QuarkusTest
class FeedbackApiTest {

    private static ValidatableResponse post(Object body) {
        return new Browser().postJson("/api/feedback", body).then();
    }

    @Test
    void gradesAnAnswerWithoutStoringIt() {
        long before = PracticeRows.attempts();
        post(Map.of("question", "fu-gpu-speedup", "answer", SampleAnswers.body(SampleAnswers.GPU_STRONG)))
                .statusCode(200)
                .body("feedback.scored", equalTo(true))
                .body("feedback.overall", greaterThan(1.5f))
                .body("feedback.dimensions.size()", greaterThan(0))
                .body("feedback.nextSteps.size()", greaterThan(1))
                .body("llmNotes", nullValue());
        assertThat(PracticeRows.attempts()).isEqualTo(before);
    }

    @Test
    void aShortAnswerGetsAMessageInsteadOfAScore() {
        post(Map.of("question", "model-pruning", "answer", SampleAnswers.SHORT))
                .statusCode(200)
                .body("feedback.scored", equalTo(false))
                .body("feedback.message", containsString("at least 40 words"))
                .body("feedback.dimensions", hasSize(0));
    }

    @Test
    void badInputNamesTheField() {
        post(Map.of("question", "nope", "answer", "text"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("question"))
                .body("detail", containsString("unknown id 'nope'"));
        post(Map.of("answer", "text")).statusCode(400).body("errors.field", hasItem("question"));
        post(Map.of("question", "model-pruning", "answer", "text", "timeBoxMinutes", 99))
                .statusCode(400)
                .body("errors.field", hasItem("timeBoxMinutes"));
    }
}
