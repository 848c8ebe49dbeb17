package dev.prunelab.practice;

import static org.hamcrest.Matchers.containsString;

import dev.prunelab.Browser;
import dev.prunelab.TightLimitsProfile;
import dev.prunelab.account.AccountFlowTestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A learner keeps at most so many characters of answers, and a refused draft says which limit it met. */
@QuarkusTest
@TestProfile(TightLimitsProfile.class)
class PracticeQuotaTest {

    private static final String LONG_ANSWER = "Pruning removes weights. ".repeat(800); // 20,000 characters

    private static Response saveDraft(Browser browser, String question, String answer) {
        return browser.call(r -> r.contentType(ContentType.JSON)
                .body(Map.of("answer", answer))
                .put("/api/practice/questions/" + question + "/draft"));
    }

    @Test
    void draftsStopAtTheLearnersCharacterAllowanceButAnOverwriteFits() {
        Browser user = new Browser().from("192.0.2.10");
        AccountFlowTestSupport.signUp(user);
        List<String> questions =
                user.request().get("/api/practice/questions").jsonPath().getList("id");

        saveDraft(user, questions.get(0), LONG_ANSWER).then().statusCode(200);
        saveDraft(user, questions.get(1), LONG_ANSWER)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("at most " + TightLimitsProfile.ANSWER_CHARS + " characters of answers"))
                .body("detail", containsString("prunelab.limits.answer-chars"));
        saveDraft(user, questions.get(0), LONG_ANSWER)
                .then() // replacing a draft adds nothing
                .statusCode(200);
    }
}
