package dev.prunelab.content.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.LabPreset;
import dev.prunelab.content.QuestionCard;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The search page on the real curriculum: one result per page, plain snippets, every kind of content, paging. */
@QuarkusTest
class SearchPageTest {

    private static final Pattern RESULT = Pattern.compile("class=\"hit-title\" href=\"([^\"]+)\"");
    private static final Pattern SNIPPET = Pattern.compile("<p class=\"snippet\">(.*?)</p>", Pattern.DOTALL);

    @Inject
    ContentService content;

    private static String search(String query, int page) {
        return given().queryParam("q", query)
                .queryParam("page", page)
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The result count the page states ("37 results for …"). */
    private static int total(String page) {
        Matcher m = Pattern.compile("(\\d+) results? for").matcher(page);
        assertThat(m.find()).as("result count on the page").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static List<String> all(Pattern pattern, String page) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void sparsityPatternsAndNormsAreFoundAsTermsOneResultPerLesson() {
        for (String query : List.of("2:4", "N:M", "L0", "OBD")) {
            String page = search(query, 1);
            List<String> results = all(RESULT, page);
            assertThat(results).as(query).isNotEmpty().doesNotHaveDuplicates();
            assertThat(page).as(query).contains("<mark>" + query + "</mark>");
        }
        // "2:4" is one term: sections that only mention 2 and 4 separately do not match
        assertThat(total(search("2:4", 1))).isLessThan(total(search("2 4", 1)));
    }

    @Test
    void snippetsShowFormulasAsTextNotTex() {
        String page = search("saliency Hessian diagonal", 1);
        List<String> snippets = all(SNIPPET, page);
        assertThat(snippets).isNotEmpty();
        assertThat(snippets).allSatisfy(s -> assertThat(s).doesNotContain("\\", "\\frac", "{", "}"));
    }

    @Test
    void flashcardsFollowUpsAndLabPresetsAreSearchable() {
        ContentCatalog catalog = content.catalog();
        LabPreset preset = catalog.presets().get(0);
        assertThat(search(preset.title(), 1))
                .contains("<span class=\"tag\">Lab preset</span> " + preset.title())
                .contains("href=\"" + preset.href() + "\"");
        QuestionCard.FollowUp followUp = catalog.questions().get(0).followUps().get(0);
        assertThat(search(followUp.question(), 1)).contains("Follow-up: ");
        assertThat(search("lottery ticket hypothesis Frankle Carbin", 1))
                .contains("Flashcard: State the lottery ticket hypothesis")
                .contains("href=\"/progress/cards?lesson=lottery-ticket\"");
    }

    @Test
    void resultsBeyondTheFirstTwentyAreOnTheNextPages() {
        String first = search("pruning", 1);
        assertThat(first).contains("page 1 of").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        List<String> firstResults = all(RESULT, first);
        assertThat(firstResults).hasSize(LearnResource.RESULTS_PER_PAGE);
        String second = search("pruning", 2);
        assertThat(second)
                .contains("page 2 of")
                .contains("rel=\"prev\"")
                .contains("<ol class=\"search-results\" start=\"21\">");
        List<String> secondResults = all(RESULT, second);
        assertThat(secondResults).isNotEmpty();
        assertThat(new HashSet<>(firstResults)).doesNotContainAnyElementsOf(secondResults);
    }

    @Test
    void aBadPageNumberIsNamedInTheMessage() {
        given().queryParam("q", "pruning")
                .queryParam("page", "zero")
                .when()
                .get("/search")
                .then()
                .statusCode(400)
                .body(containsString("page must be a whole number from 1, got &#39;zero&#39;."));
    }
}
