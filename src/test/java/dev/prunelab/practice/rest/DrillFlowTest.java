package dev.prunelab.practice.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.practice.PracticeRows;
import dev.prunelab.practice.SampleAnswers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The debugging drills end to end: the list, a drill's symptom and form, a graded diagnosis stored as a practice
 * attempt and shown in progress, the explanation revealed only after an answer, the API and search.
 */
@QuarkusTest
class DrillFlowTest {

    static final String DRILL = SampleAnswers.DRILL;
    static final String DIAGNOSIS = SampleAnswers.DRILL_DIAGNOSIS;
    static final String EXPLANATION = "What is happening";

    static long diagnose(Browser browser, String drill, String answer) {
        String location = browser.submit("/drills/" + drill, "/drills/" + drill, Map.of("answer", answer))
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(location).contains("/drills/" + drill + "/attempts/");
        return Long.parseLong(location.replaceAll(".*/attempts/", ""));
    }

    @Test
    void theListOffersEveryDrillFromTheNavigation() {
        new Browser()
                .get("/drills")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/drills/not-faster\""))
                .body(containsString("href=\"/drills/attention-heads\""))
                .body(containsString("Drill 10"))
                .body(containsString("<a href=\"/drills\" aria-current=\"page\">Drills</a>"));
        new Browser().get("/practice").then().statusCode(200).body(containsString("href=\"/drills\""));
    }

    @Test
    void aDrillShowsItsSymptomButNotItsExplanationBeforeAnAnswer() {
        new Browser()
                .get("/drills/" + DRILL)
                .then()
                .statusCode(200)
                .body(containsString("41 ms"))
                .body(containsString("<code>prune.remove</code>"))
                .body(containsString("name=\"answer\""))
                .body(not(containsString(EXPLANATION)))
                .body(not(containsString("pytorch/pytorch issue 36214")));
        new Browser().get("/drills/no-such-drill").then().statusCode(404);
    }

    @Test
    void aDiagnosisIsGradedStoredAndShownWithTheExplanationAndInProgress() {
        Browser learner = new Browser();
        AccountFlowTestSupport.signUp(learner);
        long before = PracticeRows.attempts();
        long id = diagnose(learner, DRILL, DIAGNOSIS);

        assertThat(PracticeRows.attempts()).isEqualTo(before + 1);
        learner.get("/drills/" + DRILL + "/attempts/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Scores per dimension"))
                .body(containsString(EXPLANATION))
                .body(containsString("href=\"https://github.com/pytorch/pytorch/issues/36214\""))
                .body(containsString("href=\"/lab?preset=structured-neurons\""))
                .body(containsString("› Why structure turns sparsity into speed</a>"));
        learner.get("/drills/" + DRILL)
                .then()
                .statusCode(200)
                .body(containsString("href=\"/drills/" + DRILL + "/attempts/" + id + "\""));
        learner.get("/drills").then().statusCode(200).body(containsString("your last score"));
        learner.request()
                .get("/api/practice/attempts/" + id)
                .then()
                .statusCode(200)
                .body("questionId", equalTo(DRILL))
                .body("overall", greaterThan(0f));
        learner.request().get("/api/progress").then().statusCode(200).body("practiceAttempts", equalTo(1));
        new Browser().get("/drills/" + DRILL + "/attempts/" + id).then().statusCode(404);
        learner.get("/drills/coupled-layers/attempts/" + id).then().statusCode(404);
    }

    @Test
    void aDiagnosisTooShortToGradeComesBackBesideTheField() {
        Browser guest = new Browser();
        long before = PracticeRows.attempts();
        guest.submit("/drills/" + DRILL, "/drills/" + DRILL, Map.of("answer", "The kernel is dense."))
                .then()
                .statusCode(400)
                .body(containsString("id=\"answer-error\""))
                .body(containsString("Write at least 40 words"))
                .body(containsString("The kernel is dense.</textarea>"))
                .body(not(containsString(EXPLANATION)));
        guest.submit("/drills/" + DRILL, "/drills/" + DRILL, Map.of("answer", DIAGNOSIS, "elapsedSeconds", "soon"))
                .then()
                .statusCode(400)
                .body(containsString("elapsedSeconds"));
        assertThat(PracticeRows.attempts()).isEqualTo(before);
    }

    @Test
    void theApiListsDrillsAndGradesADiagnosisWithItsExplanation() {
        Browser guest = new Browser();
        guest.request()
                .get("/api/drills")
                .then()
                .statusCode(200)
                .body("$", hasSize(10))
                .body("[0].id", equalTo(DRILL))
                .body("[0].symptom", containsString("41 ms"))
                .body("[0].html", nullValue());
        guest.postJson("/api/drills/" + DRILL + "/attempts", Map.of("answer", DIAGNOSIS, "elapsedSeconds", 200))
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/practice/attempts/"))
                .body("attempt.questionId", equalTo(DRILL))
                .body("attempt.feedback.dimensions.id", hasItem("foundations"))
                .body("explanation.html", containsString(EXPLANATION))
                .body("explanation.sources.url", hasItem("https://github.com/pytorch/pytorch/issues/36214"))
                .body("explanation.lab[0].preset", equalTo("structured-neurons"));
        guest.request()
                .get("/api/drills/" + DRILL + "/attempts")
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
    }

    @Test
    void badApiInputIsAProblemNamingTheField() {
        Browser guest = new Browser();
        guest.postJson("/api/drills/" + DRILL + "/attempts", Map.of("elapsedSeconds", 10))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("answer")));
        guest.postJson("/api/drills/" + DRILL + "/attempts", Map.of("answer", "Too short to grade."))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("answer"))
                .body("errors[0].message", containsString("Write at least 40 words"));
        guest.postJson("/api/drills/" + DRILL + "/attempts", Map.of("answer", DIAGNOSIS, "timeBoxMinutes", 99))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("timeBoxMinutes")));
        guest.request().get("/api/drills/no-such-drill").then().statusCode(404);
    }

    @Test
    void searchFindsADrillByItsSymptomWithoutRevealingTheExplanation() {
        new Browser()
                .get("/search?q=load_state_dict size mismatch")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/drills/state-dict-mismatch\""))
                .body(containsString("<span class=\"tag\">Drill</span>"))
                .body(not(containsString("/drills/state-dict-mismatch#")));
    }
}
