package dev.prunelab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.Quiz;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a learner does, in a real browser: read math, take a quiz, sign up, review cards, see the dashboard. */
@QuarkusTest
class LearnerJourneysTest extends BrowserJourney {

    static final String QUIZ_LESSON = "schedules";

    @Inject
    ContentService content;

    @Test
    void lessonMathIsRenderedByKatexWithoutErrors() {
        Page page = session.newPage();
        page.navigate(url("/learn/foundations-math"));
        page.waitForSelector(".math[data-rendered] .katex");
        int formulas = page.locator(".math").count();
        assertThat(formulas).isGreaterThan(50);
        assertThat(page.locator(".math[data-rendered]").count()).isEqualTo(formulas);
        assertThat(page.locator(".katex-error").count()).isZero();
        assertThat(page.locator("article.lesson").innerText())
                .doesNotContain("$$")
                .doesNotContain("\\frac");
        BrowserSession.screenshot(page, "lesson-math");
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void aQuizAnswerIsCheckedInPlaceAndWhatWasTypedElsewhereStays() {
        Page page = session.newPage();
        page.navigate(url("/learn/" + QUIZ_LESSON + "/quiz"));
        Quiz quiz = content.catalog().quiz(QUIZ_LESSON).orElseThrow();
        Quiz.Question choice = quiz.questions().stream()
                .filter(q -> q.type() == Quiz.Type.CHOICE)
                .findFirst()
                .orElseThrow();
        Quiz.Question numeric = quiz.questions().stream()
                .filter(q -> q.type() == Quiz.Type.NUMERIC)
                .findFirst()
                .orElseThrow();
        page.fill("#" + numeric.id() + "-answer", "123");
        int wrong = choice.correctOption() == 0 ? 2 : 1;
        Locator question = page.locator("#" + choice.id());
        question.locator("input[value='" + wrong + "']").check();
        question.locator("button[type=submit]").click();
        page.waitForSelector("#" + choice.id() + " .result.wrong");
        assertThat(page.locator("#" + choice.id() + " .result").innerText()).contains("Not quite. Try once more.");
        assertThat(page.locator("#" + choice.id() + " .tried-wrong").count()).isEqualTo(1);
        assertThat(page.inputValue("#" + numeric.id() + "-answer")).isEqualTo("123");

        page.locator("#" + choice.id() + " input[value='" + (choice.correctOption() + 1) + "']")
                .check();
        page.locator("#" + choice.id() + " button[type=submit]").click();
        page.waitForSelector("#" + choice.id() + " .result.right");
        assertThat(page.locator("#" + choice.id() + " .option.is-correct").innerText())
                .contains("✓ right: your answer");
        assertThat(page.inputValue("#" + numeric.id() + "-answer")).isEqualTo("123");
        assertThat(page.locator("#quiz-summary").innerText())
                .contains("1 of " + quiz.questions().size());
        assertThat(page.url()).endsWith("/quiz");
        BrowserSession.screenshot(page, "quiz-in-place");
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void markingALessonCompleteIsConfirmedWhereTheLearnerIsLookingAndShowsOnThePath() {
        Page page = session.newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        Lesson lesson = content.catalog().lessons().get(0);
        page.navigate(url(lesson.href()));
        page.locator("#lesson-completion button").scrollIntoViewIfNeeded();
        page.locator("#lesson-completion button").click();
        page.waitForSelector("#lesson-completion .completed");
        assertThat(page.evaluate("() => document.activeElement.classList.contains('completed')"))
                .isEqualTo(true);
        BoundingBox box = page.locator("#lesson-completion .completed").boundingBox();
        assertThat(box.y).isBetween(0.0, 844.0 - box.height);
        assertThat(page.url()).endsWith(lesson.href());
        BrowserSession.screenshot(page, "lesson-completed-390");

        page.navigate(url("/learn"));
        assertThat(page.locator(".lesson-item").first().locator(".lesson-state").innerText())
                .contains("Completed");
        assertThat(page.locator(".lesson-item.study-next .lesson-link").innerText())
                .contains(content.catalog().lessons().get(1).title());
        BrowserSession.screenshot(page, "learn-with-states-390");
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void flashcardsOfALessonFromTheKeyboardWithTheGradesInViewOnAPhone() {
        Page page = session.newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        Lesson lesson = content.catalog().lesson(QUIZ_LESSON).orElseThrow();
        page.navigate(url(lesson.href()));
        page.click("a[href='/progress/cards?lesson=" + QUIZ_LESSON + "']");
        page.waitForURL("**/progress/cards?lesson=" + QUIZ_LESSON);
        assertThat(page.locator(".card-lesson").innerText()).contains(lesson.title());
        assertThat(page.locator("details.card-back").getAttribute("open")).isNull();
        page.keyboard().press("Space");
        assertThat(page.locator("details.card-back").getAttribute("open")).isNotNull();
        for (int i = 0; i < 4; i++) {
            BoundingBox box = page.locator("button.grade").nth(i).boundingBox();
            assertThat(box.y + box.height).as("grade button %d in view", i + 1).isLessThanOrEqualTo(844);
        }
        BrowserSession.screenshot(page, "cards-revealed-390");
        page.keyboard().press("1");
        page.waitForURL("**/progress/cards?lesson=" + QUIZ_LESSON + "&last=*");
        assertThat(page.locator(".notice.success").innerText()).isEqualTo("Again: back in 1 min.");
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void signUpTakeAQuizReviewCardsAndSeeTheDashboard() {
        Page page = session.newPage();
        page.navigate(url("/learn/magnitude-pruning/quiz"));
        page.locator("section.quiz-question")
                .first()
                .locator("input[name=answer]")
                .fill("75");
        page.locator("section.quiz-question")
                .first()
                .locator("button[type=submit]")
                .click();
        page.waitForSelector(".result.right");

        page.navigate(url("/signup?next=/progress"));
        page.fill(
                "#username", "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
        page.fill("#password", "correct horse battery");
        page.click("form.stacked-form button[type=submit]");
        page.waitForURL("**/progress");
        assertThat(page.locator(".tile-value").nth(3).innerText()).isEqualTo("100%");

        for (int i = 0; i < 2; i++) {
            page.navigate(url("/progress/cards"));
            page.click(".card-back summary");
            assertThat(page.locator("button.grade").count()).isEqualTo(4);
            page.click("button[value=good]");
            assertThat(page.locator(".notice.success").innerText()).contains("Good: back in 10 min");
        }
        BrowserSession.screenshot(page, "flashcards");

        page.navigate(url("/progress"));
        page.waitForFunction(
                "() => window.Chart && Chart.getChart(document.getElementById('mastery-chart')) !== undefined");
        assertThat(page.locator("#forecast-chart").boundingBox().height).isGreaterThan(100);
        assertThat(page.locator(".heatmap .day").count()).isEqualTo(182);
        BrowserSession.screenshot(page, "dashboard");
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void searchHighlightsMatches() {
        Page page = session.newPage();
        page.navigate(url("/"));
        page.fill("#site-search-q", "lottery ticket rewinding");
        page.press("#site-search-q", "Enter");
        page.waitForURL("**/search?q=*");
        assertThat(page.locator(".search-results li").count()).isGreaterThan(3);
        assertThat(page.locator(".search-results mark").count()).isGreaterThan(3);
        BrowserSession.screenshot(page, "search");
    }
}
