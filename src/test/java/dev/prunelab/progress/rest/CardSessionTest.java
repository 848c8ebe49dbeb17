package dev.prunelab.progress.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Flashcard;
import dev.prunelab.content.Lesson;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A review session of one lesson's cards; Again brings a card back in the same session. */
@QuarkusTest
class CardSessionTest {

    static final String LESSON = "lottery-ticket";
    static final String SESSION = "/progress/cards?lesson=" + LESSON;

    @Inject
    ContentService content;

    private static String cardOn(String page) {
        return page.replaceAll("(?s).*action=\"/progress/cards/([^\"]+)\".*", "$1");
    }

    @Test
    void aLessonsSessionShowsOnlyThatLessonsCardsWithItsTitle() {
        Browser guest = new Browser();
        Lesson lesson = content.catalog().lesson(LESSON).orElseThrow();
        List<String> ids =
                content.catalog().flashcards(LESSON).stream().map(Flashcard::id).toList();
        String page = guest.get(SESSION)
                .then()
                .statusCode(200)
                .body(containsString("Flashcards of this lesson"))
                .body(containsString("From <a href=\"/learn/" + LESSON + "\">" + lesson.title() + "</a>"))
                .body(containsString("name=\"lesson\" value=\"" + LESSON + "\""))
                .body(containsString(ids.size() + " in this session"))
                .extract()
                .asString();
        assertThat(ids).contains(cardOn(page));
        // every card of the lesson, one after the other, then nothing else
        for (int i = 0; i < ids.size(); i++) {
            String card = cardOn(guest.get(SESSION).asString());
            assertThat(ids).contains(card);
            guest.post("/progress/cards/" + card, Map.of("grade", "easy", "lesson", LESSON), true)
                    .then()
                    .statusCode(303)
                    .header("Location", containsString("lesson=" + LESSON));
        }
        guest.get(SESSION).then().body(containsString("All caught up with this lesson"));
    }

    @Test
    void againBringsTheCardBackInTheSameSession() {
        Browser learner = new Browser();
        AccountFlowTestSupport.signUp(learner);
        List<String> ids =
                content.catalog().flashcards(LESSON).stream().map(Flashcard::id).toList();
        String forgotten = cardOn(learner.get(SESSION).asString());
        learner.post("/progress/cards/" + forgotten, Map.of("grade", "again", "lesson", LESSON), true)
                .then()
                .header("Location", containsString("Again%3A+back+in+1+min"));
        for (int i = 1; i < ids.size(); i++) {
            String card = cardOn(learner.get(SESSION).asString());
            assertThat(card).isNotEqualTo(forgotten);
            learner.post("/progress/cards/" + card, Map.of("grade", "easy", "lesson", LESSON), true);
        }
        // nothing else is left: the forgotten card comes back now, within the session, not tomorrow
        learner.get(SESSION)
                .then()
                .body(containsString("action=\"/progress/cards/" + forgotten + "\""))
                .body(containsString("Due for review"))
                .body(containsString("10 min"));
    }

    @Test
    void anUnknownLessonIsNamedInTheError() {
        new Browser()
                .get("/progress/cards?lesson=no-such-lesson")
                .then()
                .statusCode(400)
                .body(containsString(
                        "lesson must be the id of a lesson on the learning path, got &#39;no-such-lesson&#39;"))
                .body(not(containsString("All caught up")));
        Browser learner = new Browser();
        AccountFlowTestSupport.signUp(learner);
        learner.request()
                .get("/api/cards/due?lesson=no-such-lesson")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("lesson"))
                .body("errors[0].message", startsWith("must be the id of a lesson"));
    }

    @Test
    void theReviewApiSaysWhenACardInItsLearningStepsIsDue() {
        Browser learner = new Browser();
        AccountFlowTestSupport.signUp(learner);
        String card = content.catalog().flashcards(LESSON).get(0).id();
        learner.postJson("/api/cards/" + card + "/review", "{\"grade\":\"again\"}")
                .then()
                .statusCode(200)
                .body(containsString("\"intervalDays\":0"))
                .body(containsString("\"dueInMinutes\":1"))
                .body(containsString("\"due\":\"1 min\""));
    }
}
