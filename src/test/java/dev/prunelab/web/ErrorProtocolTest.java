package dev.prunelab.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.prunelab.Browser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every feature reports bad input and refusals the same way: problem+json naming the fields, or the status alone. */
@QuarkusTest
class ErrorProtocolTest {

    @Test
    void badInputFromAnyFeatureIsAProblemNamingItsFields() {
        Browser browser = new Browser();
        browser.postJson("/api/experiments", Map.of("epochs", 0, "scope", "everywhere"))
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request"))
                .body("errors.field", hasItems("epochs", "scope"))
                .body("detail", containsString("Invalid input: epochs must be in [1, 30], got 0"));
        browser.postJson("/api/interviews", Map.of("mode", "solo", "minutes", 20))
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("minutes"))
                .body("errors[0].message", equalTo("20; allowed values: 15, 30, 45"));
        browser.postJson("/api/feedback", Map.of("question", "no-such-question", "answer", "Pruning removes weights."))
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("question"));
    }

    @Test
    void aValueOfTheWrongJsonTypeNamesItsField() {
        new Browser()
                .postJson("/api/experiments", Map.of("rounds", "three"))
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("rounds"))
                .body("errors[0].message", equalTo("must be a whole number"));
    }

    @Test
    void refusalsAnswerWithTheirStatus() {
        new Browser()
                .postJson("/api/interviews/987654/answers", Map.of("answer", "Magnitude pruning."))
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("There is no interview 987654."));
    }
}
