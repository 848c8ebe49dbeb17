package dev.prunelab.content.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learning path shows each lesson's state; a lesson ends with "Mark as complete" and confirms it in place. */
@QuarkusTest
class LearningLoopPagesTest {

    @Inject
    ContentService content;

    private List<Lesson> path() {
        return content.catalog().lessons();
    }

    @Test
    void aFirstVisitSeesThePathWithoutStatesAndTheSamePageEveryTime() {
        String page = given().get("/learn")
                .then()
                .statusCode(200)
                .body(not(containsString("class=\"lesson-state\"")))
                .body(not(containsString("Study next")))
                .extract()
                .asString();
        assertThat(given().get("/learn").asString()).isEqualTo(page);
    }

    @Test
    void aLessonEndsWithMarkAsCompleteAndEachVisitorGetsTheirOwnFormToken() {
        Lesson lesson = path().get(2);
        Browser one = new Browser();
        Browser two = new Browser();
        String first = one.get(lesson.href()).then().statusCode(200).extract().asString();
        String second = two.get(lesson.href()).asString();
        assertThat(first)
                .contains("action=\"/learn/" + lesson.id() + "/complete\" data-in-place>")
                .contains(">Mark as complete</button>")
                .contains("href=\"/progress/cards?lesson=" + lesson.id() + "\"");
        assertThat(token(first)).isNotEqualTo(token(second));
        // each visitor's own token is in their page, so both can post
        one.post("/learn/" + lesson.id() + "/complete", Map.of(), true).then().statusCode(303);
        two.post("/learn/" + lesson.id() + "/complete", Map.of(), true).then().statusCode(303);
    }

    @Test
    void markingCompleteWithoutScriptLandsOnTheConfirmationAtTheEndOfTheLesson() {
        Lesson lesson = path().get(0);
        Browser guest = new Browser();
        guest.submit(lesson.href(), "/learn/" + lesson.id() + "/complete", Map.of())
                .then()
                .statusCode(303)
                .header("Location", endsWith(lesson.href() + "#lesson-completion"));
        guest.get(lesson.href())
                .then()
                .body(containsString("✓ You completed this lesson."))
                .body(containsString("Next: <a href=\"" + path().get(1).href() + "\">"))
                .body(not(containsString(">Mark as complete</button>")));
    }

    @Test
    void theScriptGetsJustTheConfirmation() {
        Lesson lesson = path().get(0);
        Browser guest = new Browser();
        guest.get(lesson.href());
        String partial = guest.post("/learn/" + lesson.id() + "/complete?partial=true", Map.of(), true)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString()
                .strip();
        assertThat(partial)
                .startsWith("<div class=\"lesson-completion\" id=\"lesson-completion\">")
                .contains("✓ You completed this lesson.")
                .doesNotContain("<header");
    }

    @Test
    void thePathShowsEachLessonsStateAndWhatToStudyNext() {
        Browser guest = new Browser();
        Lesson first = path().get(0);
        guest.submit(first.href(), "/learn/" + first.id() + "/complete", Map.of());
        guest.get(path().get(1).href());
        String page = guest.get("/learn").then().statusCode(200).extract().asString();
        assertThat(item(page, first))
                .contains("✓ Completed")
                .contains("Quiz not taken")
                .contains("Mastery 0%");
        assertThat(item(page, path().get(1))).contains(">Read</span>");
        assertThat(item(page, path().get(2)))
                .contains("Not started")
                .contains("Study next: Next on the path: not read yet.");
    }

    @Test
    void aSignedInUserWhoHasDoneNothingSeesEveryLessonNotStarted() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        String page = browser.get("/learn").asString();
        assertThat(item(page, path().get(0))).contains("Not started").contains("Study next");
    }

    @Test
    void completingALessonThatDoesNotExistIsNotFound() {
        Browser guest = new Browser();
        guest.submit(path().get(0).href(), "/learn/no-such-lesson/complete", Map.of())
                .then()
                .statusCode(404);
    }

    private static String token(String page) {
        return page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
    }

    private static String item(String page, Lesson lesson) {
        int start = page.indexOf("href=\"" + lesson.href() + "\"><span class=\"lesson-number\">");
        return page.substring(start, page.indexOf("</li>", start));
    }
}
