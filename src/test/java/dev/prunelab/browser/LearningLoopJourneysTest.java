package dev.prunelab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.prunelab.interview.InterviewSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search results grouped by lesson, a card session on a desktop, and the interview's new parts in a real browser. */
@QuarkusTest
class LearningLoopJourneysTest extends BrowserJourney {

    static final String MARKDOWN_ANSWER = FeatureJourneysTest.ANSWER + "\n\n**Key point**: measure *latency*.";
    static final String OWN_QUESTION = "Which pruning result surprised you most?";

    private Page at(int width, int height) {
        return session.newPage(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    private static void fitsTheWindow(Page page) {
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo((Integer) page.evaluate("() => window.innerWidth"));
    }

    @Test
    void searchShowsOneResultPerLessonWithItsBestSectionsAtBothWidths() {
        for (int width : new int[] {390, 1366}) {
            Page page = at(width, width == 390 ? 844 : 900);
            page.navigate(url("/search?q=2:4"));
            List<String> results = page.locator(".hit-title").all().stream()
                    .map(l -> l.getAttribute("href"))
                    .toList();
            assertThat(results).isNotEmpty().doesNotHaveDuplicates();
            assertThat(page.locator(".hit-matches mark").first().innerText()).isEqualTo("2:4");
            assertThat(page.locator(".snippet").allInnerTexts()).noneMatch(s -> s.contains("\\"));
            fitsTheWindow(page);
            BrowserSession.screenshot(page, "search-grouped-" + width);
        }
        Page page = at(1366, 900);
        page.navigate(url("/search?q=pruning"));
        page.click("a[rel=next]");
        page.waitForURL("**page=2");
        assertThat(page.locator("[role=status]").innerText()).contains("page 2 of");
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void aLessonsCardSessionOnADesktop() {
        Page page = at(1366, 900);
        page.navigate(url("/progress/cards?lesson=lottery-ticket"));
        page.keyboard().press("Space");
        assertThat(page.locator("details.card-back").getAttribute("open")).isNotNull();
        assertThat(page.locator("button.grade").count()).isEqualTo(4);
        fitsTheWindow(page);
        BrowserSession.screenshot(page, "cards-revealed-1366");
        page.keyboard().press("3");
        page.waitForURL("**last=*");
        assertThat(page.locator(".notice.success").innerText()).startsWith("Good: back in");
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void theInterviewerReadsRenderedAnswersAsksTheirOwnFollowUpAndSeesTheEngineAfterScoring() {
        Page interviewer = at(1366, 900);
        interviewer.navigate(url("/interview"));
        interviewer
                .locator("form[action='/interview/pair'] button[type=submit]")
                .click();
        String link = interviewer.locator("#share-link").innerText().strip();
        Page candidate = at(390, 844);
        candidate.navigate(link.startsWith("http") ? link : url(link));
        candidate
                .locator("form[action*='/interview/join/'] button[type=submit]")
                .click();
        candidate.waitForSelector("#answer");
        candidate.fill("#answer", MARKDOWN_ANSWER);
        candidate.locator("form[action$='/answer'] button[type=submit]").click();
        candidate.waitForSelector(".waiting");

        interviewer.reload();
        assertThat(interviewer.locator(".candidate-answer strong").innerText()).isEqualTo("Key point");
        assertThat(interviewer.locator(".engine-hidden").isVisible()).isTrue();
        assertThat(interviewer.locator(".engine-score").count()).isZero();
        assertThat(interviewer.locator(".question-meta").allInnerTexts())
                .allSatisfy(meta -> assertThat(meta).containsPattern("gap [0-4](\\.\\d)? of 4"));
        BrowserSession.screenshot(interviewer, "pair-interviewer-before-scoring-1366");

        interviewer.fill("#own-question", OWN_QUESTION);
        interviewer.click("form.own-follow-up button[type=submit]");
        interviewer.waitForURL("**/interview/*");
        candidate.reload();
        assertThat(candidate.locator("#question-heading").innerText()).isEqualTo(OWN_QUESTION);
        fitsTheWindow(candidate);
        BrowserSession.screenshot(candidate, "pair-candidate-own-question-390");

        interviewer.check("input[name=score-foundations][value='3']");
        interviewer.click("form.score-form button[type=submit]");
        interviewer.waitForURL("**saved=true");
        assertThat(interviewer.locator(".engine-score").first().innerText()).startsWith("Engine score:");

        interviewer.locator("form[action$='/finish'] button[type=submit]").click();
        interviewer.waitForSelector("#verdict-heading");
        assertThat(interviewer.locator("#verdict-heading").innerText()).startsWith("Verdict on the question: ");
        assertThat(interviewer.locator(".verdict-reasons li").count()).isGreaterThanOrEqualTo(2);
        BrowserSession.screenshot(interviewer, "interview-report-verdict-1366");
        candidate.reload();
        fitsTheWindow(candidate);
        BrowserSession.screenshot(candidate, "interview-report-verdict-390");
    }

    @Test
    void aSoloInterviewWhoseTimeRunsOutSaysSoAndMovesToTheReport() {
        Page page = at(390, 844);
        page.navigate(url("/interview"));
        page.locator("form[action='/interview/solo'] button[type=submit]").click();
        page.waitForSelector("#answer");
        long id = Long.parseLong(page.url().replaceAll(".*/interview/", ""));
        int minutes =
                QuarkusTransaction.requiringNew().call(() -> InterviewSession.<InterviewSession>findById(id).minutes);
        // as if the interview's time ends a few seconds from now
        QuarkusTransaction.requiringNew()
                .run(() -> InterviewSession.update(
                        "createdAt = ?1 where id = ?2",
                        Instant.now().minus(Duration.ofMinutes(minutes)).plusSeconds(4),
                        id));
        page.reload();
        page.fill("#answer", FeatureJourneysTest.ANSWER);
        page.waitForSelector("[data-report]", new Page.WaitForSelectorOptions().setTimeout(20_000));
        assertThat(page.locator(".time-up").innerText()).startsWith("Time was up after " + minutes + " minutes");
        assertThat(page.locator(".transcript li").first().innerText()).doesNotContain("Not answered.");
        fitsTheWindow(page);
        BrowserSession.screenshot(page, "solo-time-up-report-390");
        assertThat(session.consoleErrors).isEmpty();
    }
}
