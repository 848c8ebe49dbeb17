package dev.prunelab.practice.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.practice.SampleAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "This feedback is wrong": disputes stored per attempt item, shown on the page, exported for administrators. */
@QuarkusTest
class DisputeFlowTest {

    private static final String ANSWER = SampleAnswers.body("mediocre-generic");

    private static JsonPath attempt(Browser browser) {
        return browser.postJson(
                        "/api/practice/questions/" + PracticeFlowTest.MAIN + "/attempts", Map.of("answer", ANSWER))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static String disputes(long attempt) {
        return "/api/practice/attempts/" + attempt + "/disputes";
    }

    @Test
    void aLearnerDisputesAMissedPointOnceAndThePageSaysSo() {
        Browser learner = new Browser();
        JsonPath attempt = attempt(learner);
        long id = attempt.getLong("id");
        String missed = attempt.getString("feedback.missedPoints[0].id");
        String dimension = attempt.getString("feedback.dimensions[0].id");

        Response first = learner.postJson(
                disputes(id),
                Map.of("kind", "missed", "item", missed, "comment", "My second paragraph says exactly this."));
        first.then().statusCode(201).body("item", equalTo(missed)).body("kind", equalTo("missed"));
        learner.postJson(disputes(id), Map.of("kind", "missed", "item", missed))
                .then()
                .statusCode(201)
                .body("id", equalTo(first.jsonPath().getInt("id")))
                .body("comment", equalTo("My second paragraph says exactly this."));
        learner.postJson(disputes(id), Map.of("kind", "score", "item", dimension))
                .then()
                .statusCode(201);
        learner.request()
                .get(disputes(id))
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("item", hasItem(missed));

        learner.get("/practice/attempts/" + id)
                .then()
                .statusCode(200)
                .body(containsString("id=\"dispute-missed-" + missed + "\""))
                .body(containsString("You said this is wrong"))
                .body(containsString("action=\"/practice/attempts/" + id + "/disputes\""));
    }

    @Test
    void theFormOnTheAttemptPageRecordsADisputeAndReturnsToTheItem() {
        Browser learner = new Browser();
        JsonPath attempt = attempt(learner);
        long id = attempt.getLong("id");
        String missed = attempt.getString("feedback.missedPoints[1].id");
        learner.submit(
                        "/practice/attempts/" + id,
                        "/practice/attempts/" + id + "/disputes",
                        Map.of("kind", "missed", "item", missed, "comment", ""))
                .then()
                .statusCode(303)
                .header("Location", containsString("/practice/attempts/" + id + "#dispute-missed-" + missed));
        learner.request().get(disputes(id)).then().body("item", hasItem(missed));
    }

    @Test
    void aDrillDiagnosisPageOffersTheButtonsAndADisputeReturnsToIt() {
        Browser learner = new Browser();
        String drill = DrillFlowTest.DRILL;
        long id = DrillFlowTest.diagnose(learner, drill, DrillFlowTest.DIAGNOSIS);
        String page = "/drills/" + drill + "/attempts/" + id;
        String dimension = learner.request()
                .get("/api/practice/attempts/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("feedback.dimensions[0].id");
        learner.get(page)
                .then()
                .statusCode(200)
                .body(containsString("action=\"/practice/attempts/" + id + "/disputes\""))
                .body(containsString("id=\"dispute-score-" + dimension + "\""));
        learner.submit(page, "/practice/attempts/" + id + "/disputes", Map.of("kind", "score", "item", dimension))
                .then()
                .statusCode(303)
                .header("Location", containsString(page + "#dispute-score-" + dimension));
        learner.get(page).then().body(containsString("You said this is wrong"));
        learner.request().get(disputes(id)).then().body("item", hasItem(dimension));
    }

    @Test
    void badDisputesNameTheFieldAndOthersAttemptsAreNotFound() {
        Browser learner = new Browser();
        long id = attempt(learner).getLong("id");
        String path = disputes(id);
        learner.postJson(path, Map.of("kind", "praise", "item", "x"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        learner.postJson(path, Map.of("kind", "misconception", "item", "not-flagged-here"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("item"));
        learner.postJson(path, Map.of("kind", "score", "item", "foundations", "comment", "x".repeat(1001)))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("comment"));
        new Browser()
                .postJson(path, Map.of("kind", "score", "item", "foundations"))
                .then()
                .statusCode(404);
        learner.request().get(path).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void administratorsSeeEveryDisputeWithItsAnswerAndOthersDoNot() {
        Browser learner = new Browser();
        JsonPath attempt = attempt(learner);
        long id = attempt.getLong("id");
        String dimension = attempt.getString("feedback.dimensions[1].id");
        learner.postJson(
                        disputes(id), Map.of("kind", "score", "item", dimension, "comment", "Too low for this answer."))
                .then()
                .statusCode(201);

        learner.request().get("/api/admin/disputes").then().statusCode(401);
        Browser user = new Browser();
        AccountFlowTestSupport.signUp(user);
        user.request().get("/api/admin/disputes").then().statusCode(403);
        user.get("/admin/disputes").then().statusCode(403).body(not(containsString("Too low for this answer.")));

        Browser admin = AccountFlowTestSupport.admin();
        List<Map<String, Object>> export = admin.request()
                .get("/api/admin/disputes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
        assertThat(export).anySatisfy(row -> {
            assertThat(row.get("answer")).isEqualTo(ANSWER);
            assertThat(row.get("dispute").toString()).contains("Too low for this answer.", dimension);
        });
        admin.get("/admin/disputes")
                .then()
                .statusCode(200)
                .body(containsString("Too low for this answer."))
                .body(containsString("href=\"/api/admin/disputes\""));
    }
}
