package dev.prunelab.interview.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.practice.SampleAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** A solo interview: the main question, follow-ups chosen from its gaps, hints that cost points, the report. */
@QuarkusTest
class SoloInterviewFlowTest {

    static final String FOLLOW_UP_ANSWER =
            "I would compare against a small dense model trained with the same budget and against random "
                    + "pruning at the same sparsity, plot accuracy against sparsity over several seeds, and measure latency on the target "
                    + "hardware at the deployment batch size, because parameter counts do not tell you the speed.";

    static long start(Browser browser, int minutes) {
        String location = browser.submit("/interview", "/interview/solo", Map.of("minutes", String.valueOf(minutes)))
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        return Long.parseLong(location.replaceAll(".*/interview/", ""));
    }

    /** Sends an answer from the interview page's form, as the learner's browser does. */
    static Response answer(Browser browser, long id, String answer) {
        return browser.post("/interview/" + id + "/answer", Map.of("answer", answer), true);
    }

    @Test
    void soloInterviewAsksFollowUpsFromTheGapsAndEndsWithAReport() {
        Browser guest = new Browser();
        long id = start(guest, 15);
        guest.get("/interview/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Describe model pruning in depth"))
                .body(containsString("question 1 of 3"))
                .body(containsString("data-time-box=\"5\""));

        guest.post("/interview/" + id + "/hint", Map.of(), true).then().statusCode(303);
        guest.get("/interview/" + id)
                .then()
                .body(containsString("Hints taken: 1 (−0.25 points)"))
                .body(containsString("Think about"));

        answer(guest, id, SampleAnswers.body(SampleAnswers.MATH_NO_EVALUATION))
                .then()
                .statusCode(303);
        JsonPath state = guest.request()
                .get("/api/interviews/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(state.getString("turns[1].questionId")).isEqualTo("fu-evaluate-pruned");
        assertThat(state.getString("turns[1].reason")).contains("did not cover");
        double mainOverall = state.getDouble("turns[0].feedback.overall");
        assertThat(state.getDouble("turns[0].score")).isEqualTo(Math.round((mainOverall - 0.25) * 10) / 10.0);
        guest.get("/interview/" + id)
                .then()
                .body(containsString("Why this follow-up"))
                .body(containsString("question 2 of 3"));

        guest.get("/interview/" + id);
        answer(guest, id, FOLLOW_UP_ANSWER).then().statusCode(303);
        String third = guest.request()
                .get("/api/interviews/" + id)
                .then()
                .extract()
                .jsonPath()
                .getString("turns[2].questionId");
        assertThat(third).isNotIn("fu-evaluate-pruned", "fu-small-dense-baseline");
        guest.get("/interview/" + id);
        answer(guest, id, "I am not sure.").then().statusCode(303);

        guest.get("/interview/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Mock interview report"))
                .body(containsString("Scores per dimension"))
                .body(containsString("Lessons to review"))
                .body(containsString("Transcript and feedback"))
                .body(containsString("Write at least 40 words"));
        guest.request()
                .get("/api/interviews/" + id + "/report")
                .then()
                .statusCode(200)
                .body("turns", hasSize(3))
                .body("dimensions", hasSize(6))
                .body("lessons.size()", Matchers.greaterThan(0))
                .body("overall", notNullValue());
        guest.request().get("/api/interviews").then().body("[0].status", equalTo("finished"));
        answer(guest, id, FOLLOW_UP_ANSWER).then().statusCode(409);
    }

    @Test
    void finishedInterviewIsRecordedInProgress() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        long id = start(browser, 30);
        browser.get("/interview/" + id);
        answer(browser, id, SampleAnswers.body(SampleAnswers.EXCELLENT)).then().statusCode(303);
        browser.get("/interview/" + id);
        browser.post("/interview/" + id + "/finish", Map.of(), true).then().statusCode(303);
        browser.request()
                .get("/api/progress/events")
                .then()
                .statusCode(200)
                .body("findAll { it.kind == 'INTERVIEW' }.subject", equalTo(List.of("solo")))
                .body("findAll { it.kind == 'PRACTICE_ATTEMPT' }.subject", equalTo(List.of("model-pruning")));
        browser.request()
                .get("/api/account/export")
                .then()
                .body("interviews[0].turns.size()", equalTo(2))
                .body("interviews[0].status", equalTo("finished"));
    }

    @Test
    void interviewApiStartsAndValidates() {
        Browser guest = new Browser();
        guest.call(r -> r.contentType(ContentType.JSON)
                        .body(Map.of("mode", "solo", "minutes", 45))
                        .post("/api/interviews"))
                .then()
                .statusCode(201)
                .body("turns", hasSize(1))
                .body("turns[0].timeBoxMinutes", equalTo(10))
                .body("role", equalTo("solo"));
        guest.postJson("/api/interviews", Map.of("mode", "solo", "minutes", 20))
                .then()
                .statusCode(400)
                .body("errors.field", Matchers.hasItem("minutes"));
        guest.postJson("/api/interviews", Map.of("mode", "group", "minutes", 15))
                .then()
                .statusCode(400)
                .body("errors.field", Matchers.hasItem("mode"));
        guest.submit("/interview", "/interview/solo", Map.of("minutes", "20"))
                .then()
                .statusCode(400)
                .body(containsString("allowed values: 15, 30, 45"));
        long id = guest.request()
                .get("/api/interviews")
                .then()
                .extract()
                .jsonPath()
                .getLong("[0].id");
        guest.postJson("/api/interviews/" + id + "/answers", Map.of("answer", "x".repeat(20_001)))
                .then()
                .statusCode(400)
                .body("errors.field", Matchers.hasItem("answer"));
    }

    @Test
    void bothStartFormsOfferEveryQuestionAndTheThreeLengths() {
        String html = new Browser()
                .get("/interview?question=quantization")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String form : List.of("solo", "pair")) {
            int start = html.indexOf("action=\"/interview/" + form + "\"");
            String fields = html.substring(start, html.indexOf("</form>", start));
            assertThat(fields)
                    .as(form)
                    .contains("<label for=\"" + form + "-question\">Question</label>")
                    .contains("<select id=\"" + form + "-question\" name=\"question\">")
                    .contains("<option value=\"quantization\" selected>")
                    .contains("<option value=\"model-pruning\"")
                    .contains("value=\"15\"> 15 minutes")
                    .contains("value=\"30\" checked> 30 minutes")
                    .contains("value=\"45\"> 45 minutes");
        }
    }

    @Test
    void anInterviewCanBeOnAnyQuestionCard() {
        Browser guest = new Browser();
        guest.get("/interview?question=quantization")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"quantization\" selected>"))
                .body(containsString("<option value=\"tree-regularization\""))
                .body(containsString("<option value=\"model-pruning\""));
        String location = guest.submit(
                        "/interview", "/interview/solo", Map.of("minutes", "15", "question", "quantization"))
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        long id = Long.parseLong(location.replaceAll(".*/interview/", ""));
        guest.get("/interview/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Explain model quantization"))
                .body(containsString("question 1 of 3"));
        guest.call(r -> r.contentType(ContentType.JSON)
                        .body(Map.of("mode", "pair", "minutes", 30, "question", "low-rank-factorization"))
                        .post("/api/interviews"))
                .then()
                .statusCode(201)
                .body("question", containsString("low-rank factorization"))
                .body("role", equalTo("interviewer"));
        guest.postJson("/api/interviews", Map.of("mode", "solo", "minutes", 15, "question", "no-such-card"))
                .then()
                .statusCode(400)
                .body("errors.field", Matchers.hasItem("question"));
        guest.submit("/interview", "/interview/solo", Map.of("minutes", "15", "question", "no-such-card"))
                .then()
                .statusCode(400)
                .body(containsString("there is no question card"));
    }

    @Test
    void anotherLearnersInterviewIs404() {
        Browser owner = new Browser();
        long id = start(owner, 15);
        Browser other = new Browser();
        AccountFlowTestSupport.signUp(other);
        other.get("/interview/" + id).then().statusCode(404);
        other.request().get("/api/interviews/" + id).then().statusCode(404).contentType("application/problem+json");
        other.request().get("/api/interviews/" + id + "/report").then().statusCode(404);
        other.request().get("/api/interviews/" + id + "/events").then().statusCode(404);
        answer(other, id, FOLLOW_UP_ANSWER).then().statusCode(404);
        other.postJson("/api/interviews/" + id + "/hints").then().statusCode(404);
        other.postJson("/api/interviews/" + id + "/finish").then().statusCode(404);
        other.get("/interview").then().body(not(containsString("/interview/" + id + "\"")));
    }
}
