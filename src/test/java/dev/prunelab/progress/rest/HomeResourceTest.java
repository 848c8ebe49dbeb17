package dev.prunelab.progress.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

@QuarkusTest
class HomeResourceTest {

    private static final String PROMPT = "Describe model pruning in depth";

    @Inject
    ContentService content;

    @Test
    void aFirstVisitSeesTheQuestionThePlanWithTimesAndALabChart() {
        String page = given().get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString(PROMPT))
                .body(containsString("1 · Learn"))
                .body(containsString("2 · Lab"))
                .body(containsString("3 · Practise"))
                .body(containsString("4 · Mock interview"))
                .body(containsString("hours of reading"))
                .body(containsString("about 10 minutes per answer"))
                .body(containsString("class=\"teaser-chart\""))
                .body(containsString("href=\"/lab/presets/magnitude-vs-random\""))
                .body(containsString("href=\"/learn\""))
                // the header offers both ways in
                .body(containsString("href=\"/login\" class=\"account-link\">Sign in</a>"))
                .body(containsString("href=\"/signup\""))
                .body(not(containsString("Welcome back")))
                .extract()
                .asString();
        assertThat(given().get("/").asString()).isEqualTo(page); // the same bytes for every first visit
    }

    @Test
    void aReturningGuestContinuesWithTheNextLessonNotReadAndSeesTheCardsDue() {
        List<Lesson> path = content.catalog().lessons();
        Browser guest = new Browser();
        guest.submit(
                        "/learn/" + path.get(0).id() + "/quiz",
                        "/learn/" + path.get(0).id() + "/complete",
                        Map.of())
                .then()
                .statusCode(303);
        guest.get("/")
                .then()
                .statusCode(200)
                .body(containsString("Welcome back"))
                .body(containsString("1 of " + path.size() + " lessons read."))
                .body(containsString("href=\"" + path.get(1).href() + "\">Continue with "
                        + path.get(1).title()))
                .body(containsString("cards due</a>"));
    }

    @Test
    void aSignedInUserWhoHasReadNothingStartsAtTheFirstLesson() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        Lesson first = content.catalog().lessons().get(0);
        browser.get("/")
                .then()
                .statusCode(200)
                .body(containsString("0 of "))
                .body(containsString("Continue with " + first.title()))
                .body(containsString("Sign out"))
                .body(not(containsString("href=\"/signup\"")));
    }

    @Test
    void readingTimeIsRoundedToTheHalfHour() {
        assertThat(new HomeResource.Plan(1, 10, 1, 10).readingTime()).isEqualTo("about ½ hour");
        assertThat(new HomeResource.Plan(1, 60, 1, 10).readingTime()).isEqualTo("about 1 hour");
        assertThat(new HomeResource.Plan(1, 95, 1, 10).readingTime()).isEqualTo("about 1½ hours");
        assertThat(new HomeResource.Plan(1, 270, 1, 10).readingTime()).isEqualTo("about 4½ hours");
    }
}
