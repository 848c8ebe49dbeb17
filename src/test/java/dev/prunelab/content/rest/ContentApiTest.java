package dev.prunelab.content.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContentApiTest {

    @Test
    void listsQuestions() {
        given().when()
                .get("/api/questions")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("id", hasItem("model-pruning"))
                .body("find { it.id == 'model-pruning' }.url", equalTo("/questions/model-pruning"))
                .body("find { it.id == 'model-pruning' }.followUps", greaterThan(3));
    }

    @Test
    void getsAWholeQuestionCard() {
        given().when()
                .get("/api/questions/model-pruning")
                .then()
                .statusCode(200)
                .body("prompt", containsString("Describe model pruning in depth"))
                .body("expectations.size()", greaterThan(4))
                .body("keyTopics[0].lesson.lessonId", notNullValue())
                .body("followUps[0].id", notNullValue())
                .body("html", containsString("<h2"))
                .body("$", not(Matchers.hasKey("sections")));
    }

    @Test
    void listsLessonsInOrder() {
        given().when()
                .get("/api/lessons")
                .then()
                .statusCode(200)
                .body("[0].id", equalTo("what-is-pruning"))
                .body("[0].order", equalTo(1))
                .body("[0].url", equalTo("/learn/what-is-pruning"))
                .body("id", hasItem("decision-trees"))
                .body("track", hasItem("foundations"));
    }

    @Test
    void getsAWholeLesson() {
        given().when()
                .get("/api/lessons/foundations-math")
                .then()
                .statusCode(200)
                .body("lesson.id", equalTo("foundations-math"))
                .body("lesson.prerequisites", hasItem("what-is-pruning"))
                .body("sections.anchor", hasItem("pitfalls"))
                .body("words", greaterThan(800))
                .body("html", containsString("math math-display"));
    }

    @Test
    void unknownIdsAreProblemJson404s() {
        given().when()
                .get("/api/lessons/nope")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("There is no lesson 'nope'."))
                .body("instance", equalTo("/api/lessons/nope"));
        given().when().get("/api/questions/nope").then().statusCode(404).contentType("application/problem+json");
        given().when()
                .get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void wrongMethodIsAProblemToo() {
        given().when()
                .delete("/api/lessons")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void openApiDescribesTheEndpoints() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(containsString("/api/lessons/{id}"))
                .body(containsString("/api/questions"));
    }

    @Test
    void openApiDescribesTheJsonApiAndNotTheHtmlPages() {
        Map<String, Object> paths = given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        assertTrue(paths.size() >= 30, "the JSON API has dozens of paths: " + paths.keySet());
        assertTrue(
                paths.keySet().stream().allMatch(path -> path.startsWith("/api/")),
                "only /api/ paths belong in the document: " + paths.keySet());
    }

    @Test
    void openApiIsWrittenOnRequestTheSameEachTimeInBothFormats() {
        // OpenApiOnRequest makes the document dynamic (written per request, not at start-up): it must still be whole.
        String first = given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String second = given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(first, second);
        given().when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("openapi: 3."))
                .body(containsString("/api/experiments"))
                .body(containsString("PruneLab API"));
    }

    @Test
    void healthIsUpAndReadinessIncludesTheDatabase() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }
}
