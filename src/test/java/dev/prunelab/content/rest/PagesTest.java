package dev.prunelab.content.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagesTest {

    private static final String PROMPT = "Describe model pruning in depth";

    @Inject
    ContentService content;

    @Test
    void questionCardShowsWhatTheInterviewerExpects() {
        page("/questions/model-pruning")
                .contentType(containsString("text/html"))
                .body(containsString(PROMPT))
                .body(containsString("What the interviewer expects"))
                .body(containsString("Key topics"))
                .body(containsString("How to approach it"))
                .body(containsString("Follow-up questions"))
                .body(containsString("Sample answer"))
                .body(containsString("href=\"/learn/"))
                // layout: landmarks, skip link, navigation
                .body(containsString("<a class=\"skip-link\" href=\"#main\">"))
                .body(containsString("<nav class=\"main-nav\" aria-label=\"Main\">"))
                .body(containsString("<main id=\"main\""));
    }

    @Test
    void questionCardHasItsOwnAddress() {
        page("/questions/model-pruning").body(containsString(PROMPT));
    }

    @Test
    void everyQuestionCardLinksToItsPracticeItsInterviewAndTheRelatedQuestions() {
        List<String> ids =
                content.catalog().questions().stream().map(q -> q.id()).toList();
        assertThat(ids).contains("model-pruning", "quantization", "pruned-model-not-faster", "tree-regularization");
        for (String id : ids) {
            var card = page("/questions/" + id)
                    .body(containsString("href=\"/practice?card=" + id + "\""))
                    .body(containsString("href=\"/interview?question=" + id + "\""))
                    .body(containsString("Related questions"));
            for (String other : ids) {
                card.body(
                        other.equals(id)
                                ? not(containsString("<li><a href=\"/questions/" + id + "\">"))
                                : containsString("<li><a href=\"/questions/" + other + "\">"));
            }
        }
        page("/")
                .body(containsString("Related questions"))
                .body(containsString("<li><a href=\"/questions/phone-under-50ms\">"))
                .body(not(containsString("<li><a href=\"/questions/model-pruning\">")));
    }

    @Test
    void learningPathListsEveryLessonInOrderWithPrerequisites() {
        String html = page("/learn")
                .body(containsString("The learning path"))
                .body(containsString("Read first:"))
                .extract()
                .asString();
        List<Lesson> lessons = content.catalog().lessons();
        int last = -1;
        for (Lesson lesson : lessons) {
            int at = html.indexOf("href=\"/learn/" + lesson.id() + "\"");
            assertThat(at)
                    .as("lesson %s listed after the previous one", lesson.id())
                    .isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void everyLessonRendersWithTableOfContentsAndPager() {
        List<Lesson> lessons = content.catalog().lessons();
        assertThat(lessons).isNotEmpty();
        for (Lesson lesson : lessons) {
            String html = page("/learn/" + lesson.id())
                    .body(containsString("<h1>" + escape(lesson.title()) + "</h1>"))
                    .body(containsString("On this page"))
                    .extract()
                    .asString();
            lesson.tableOfContents()
                    .forEach(h ->
                            assertThat(html).contains("href=\"#" + h.anchor() + "\"", "id=\"" + h.anchor() + "\""));
            assertThat(html)
                    .as("no raw Markdown heading left in %s", lesson.id())
                    .doesNotContain("\n## ");
            content.catalog()
                    .next(lesson)
                    .ifPresent(n -> assertThat(html).contains("class=\"pager-next\" href=\"/learn/" + n.id() + "\""));
            content.catalog()
                    .previous(lesson)
                    .ifPresent(p -> assertThat(html).contains("class=\"pager-prev\" href=\"/learn/" + p.id() + "\""));
        }
    }

    @Test
    void lessonPagesAreSharedByAnonymousVisitorsButPersonalForSignedInOnes() {
        String first = page("/learn/magnitude-pruning")
                .contentType(containsString("text/html"))
                .contentType(containsString("UTF-8"))
                .extract()
                .asString();
        assertThat(first)
                .contains("href=\"/login\" class=\"account-link\">Sign in</a>")
                .contains("Magnitude");
        // the same page but for each visitor's own form token
        assertThat(withoutFormToken(
                        given().when().get("/learn/magnitude-pruning").asString()))
                .isEqualTo(withoutFormToken(first));

        Browser browser = new Browser();
        String username = AccountFlowTestSupport.signUp(browser);
        String personal = browser.get("/learn/magnitude-pruning")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(personal)
                .contains(">" + username + "</a>")
                .contains("Sign out")
                .doesNotContain(">Sign in</a>");
        // a non-ASCII character survives the byte encoding: the breadcrumb separator
        assertThat(first).contains("›");
    }

    @Test
    void mathReachesThePageAsTexForKatex() {
        Lesson withMath = content.catalog().lessons().stream()
                .filter(l -> l.html().contains("class=\"math"))
                .findFirst()
                .orElseThrow();
        page("/learn/" + withMath.id())
                .body(containsString("class=\"math math-"))
                .body(containsString("/webjars/katex/dist/katex.min.js"))
                .body(containsString("/js/app.js"));
        page("/webjars/katex/dist/katex.min.js");
        page("/webjars/katex/dist/katex.min.css");
        page("/webjars/highlightjs/highlight.min.js");
        page("/js/app.js").body(containsString("from './content.js'"));
        page("/js/content.js").body(containsString(".render(source, el"));
    }

    @Test
    void unknownLessonAndUnknownPageGiveTheHtml404Page() {
        notFound("/learn/no-such-lesson")
                .contentType(containsString("text/html"))
                .body(containsString("We could not find that lesson"))
                .body(containsString("There is no lesson ‘no-such-lesson’."))
                .body(containsString("action=\"/search\""));
        notFound("/definitely/not/here")
                .contentType(containsString("text/html"))
                .body(containsString("We could not find that page"))
                .body(containsString("There is nothing at this address"))
                .body(containsString("action=\"/search\""))
                .body(not(containsString("Unable to find matching")))
                .body(not(containsString("Exception")));
        notFound("/questions/nope").contentType(containsString("text/html"));
    }

    @Test
    void aMistypedLessonIdSuggestsTheClosestLessonsAndASearch() {
        notFound("/learn/magnitude-prunin")
                .body(containsString("Did you mean one of these?"))
                .body(containsString("href=\"/learn/magnitude-pruning\""))
                .body(containsString("value=\"magnitude prunin\""));
        notFound("/learn/zzzz-qqqq")
                .body(not(containsString("Did you mean")))
                .body(containsString("value=\"zzzz qqqq\""));
    }

    @Test
    void searchFindsStemmedWordsAndHighlightsThem() {
        page("/search?q=pruned hessian")
                .body(containsString("<mark>"))
                .body(containsString("href=\"/learn/foundations-math"));
    }

    @Test
    void searchPagesAreSharedByAnonymousVisitorsButPersonalForSignedInOnes() {
        String first = given().queryParam("q", "lottery ticket")
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .contentType(containsString("UTF-8"))
                .extract()
                .asString();
        assertThat(first)
                .contains("value=\"lottery ticket\"")
                .contains("<mark>")
                .contains(">Sign in</a>");
        assertThat(given().queryParam("q", "lottery ticket")
                        .when()
                        .get("/search")
                        .asString())
                .isEqualTo(first);
        // each query has its own page, echoing exactly what was typed
        assertThat(given().queryParam("q", "Lottery ticket")
                        .when()
                        .get("/search")
                        .asString())
                .contains("value=\"Lottery ticket\"")
                .doesNotContain("value=\"lottery ticket\"");

        Browser browser = new Browser();
        String username = AccountFlowTestSupport.signUp(browser);
        assertThat(browser.request()
                        .queryParam("q", "lottery ticket")
                        .get("/search")
                        .asString())
                .contains(">" + username + "</a>")
                .contains("Sign out")
                .contains("<mark>")
                .doesNotContain(">Sign in</a>");
    }

    @Test
    void searchHandlesOddInputWithoutErrors() {
        for (String q : List.of("", "\"", "AND OR NOT", "(((", "*", "<script>alert(1)</script>", "a:b~2^", "zzzzqqq")) {
            given().queryParam("q", q)
                    .when()
                    .get("/search")
                    .then()
                    .statusCode(200)
                    .body(not(containsString("<script>alert(1)</script>")));
        }
        given().queryParam("q", "x".repeat(500))
                .when()
                .get("/search")
                .then()
                .statusCode(400)
                .body(containsString("Your search is too long: use at most 200 characters."));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String withoutFormToken(String page) {
        return page.replaceAll("name=\"csrf-token\" value=\"[^\"]+\"", "");
    }

    /** A page an anonymous visitor opens: the 200 response, for the caller to check what it shows. */
    private static ValidatableResponse page(String path) {
        return given().when().get(path).then().statusCode(200);
    }

    /** A page that must not exist: the 404 response, for the caller to check what it tells the visitor. */
    private static ValidatableResponse notFound(String path) {
        return given().when().get(path).then().statusCode(404);
    }
}
