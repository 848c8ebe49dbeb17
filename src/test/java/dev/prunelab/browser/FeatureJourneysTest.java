package dev.prunelab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab, practice and mock interviews in a real browser: run a preset, get feedback, interview alone and in pairs. */
@QuarkusTest
class FeatureJourneysTest extends BrowserJourney {

    static final String ANSWER = """
            Model pruning removes weights or whole structures from a trained network to make it smaller and cheaper, \
            because large networks are over-parameterized and many weights barely affect the loss.

            How it works: we score each weight by importance. Magnitude is the simplest score and a zeroth-order \
            approximation; Optimal Brain Damage uses a second-order Taylor expansion with the diagonal of the Hessian. \
            We keep a mask beside the weights and fine-tune with the mask fixed so pruned weights stay zero.

            Unstructured sparsity does not make dense GPU kernels faster, so for latency we prune neurons, filters or \
            use 2:4 sparsity. To evaluate, I plot accuracy against sparsity, compare with random pruning and a small \
            dense model, and measure latency on the target hardware. In summary: prune when memory or latency matter.""";

    @Test
    void runALabPresetWatchProgressAndSeeTheChart() {
        Page page = session.newPage();
        page.navigate(url("/lab"));
        page.locator(".preset-card form button[type=submit]").first().click();
        page.waitForURL("**/lab/experiments/*");
        page.waitForFunction(
                "() => { const c = document.querySelector('#accuracy canvas');"
                        + " return c && window.Chart && Chart.getChart(c) !== undefined; }",
                null,
                new Page.WaitForFunctionOptions().setTimeout(90_000));
        assertThat(page.locator("#accuracy canvas").boundingBox().height).isGreaterThan(100);
        BrowserSession.screenshot(page, "lab-result");
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void theLabBuilderShowsOnlyTheSettingsOfTheChosenModelAndSchedule() {
        Page page = session.newPage();
        page.navigate(url("/lab"));
        assertThat(visible(page, "#f-hidden", "#f-sparsities", "#f-epochs")).containsOnly(true);
        assertThat(visible(page, "#f-splitCriterion", "#f-folds", "#f-rounds")).containsOnly(false); // MLP, one-shot

        page.selectOption("#f-model", new SelectOption().setLabel("decision tree (CART)"));
        assertThat(visible(page, "#f-hidden", "#f-criterion", "#f-sparsities", "#f-epochs", "#f-rounds"))
                .containsOnly(false);
        assertThat(visible(page, "#f-splitCriterion", "#f-folds", "#f-dataset", "#f-seed"))
                .containsOnly(true);
        page.selectOption("#f-dataset", "wine");
        assertThat(page.inputValue("#f-rows")).isEqualTo("178"); // the data set's rows, not digits' 1797
        BrowserSession.screenshot(page, "lab-builder-tree");

        page.selectOption("#f-model", "cnn");
        page.selectOption("#f-schedule", "lottery");
        assertThat(visible(page, "#f-criterion", "#f-rounds")).containsOnly(true);
        assertThat(visible(page, "#f-hidden", "#f-folds", "#f-scope")).containsOnly(false);
        assertThat(session.consoleErrors).isEmpty();
    }

    private static List<Boolean> visible(Page page, String... selectors) {
        return Arrays.stream(selectors).map(page::isVisible).toList();
    }

    @Test
    void practiseAnAnswerAndReadTheFeedback() {
        Page page = session.newPage();
        page.navigate(url("/practice/model-pruning"));
        page.fill("#answer", ANSWER);
        page.click("#workspace-form button[type=submit]");
        page.waitForURL("**/practice/attempts/*");
        assertThat(page.content()).contains("Scores per dimension").contains("What you did well");
        BrowserSession.screenshot(page, "practice-feedback");
        page.navigate(url("/progress"));
        assertThat(page.locator(".tile-value").nth(4).innerText()).isEqualTo("1");
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void soloInterviewAsksAFollowUpAfterTheMainAnswer() {
        Page page = session.newPage();
        page.navigate(url("/interview"));
        page.locator("form[action='/interview/solo'] button[type=submit]").click();
        page.waitForSelector("#answer");
        page.fill("#answer", ANSWER);
        page.locator("form[action$='/answer'] button[type=submit]").click();
        page.waitForSelector("#answer");
        assertThat(page.content()).containsIgnoringCase("follow-up");
        BrowserSession.screenshot(page, "solo-interview");
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void pairInterviewLinksTwoBrowsers() {
        Page interviewer = session.newPage();
        interviewer.navigate(url("/interview"));
        interviewer
                .locator("form[action='/interview/pair'] button[type=submit]")
                .click();
        String link = interviewer.locator("#share-link").innerText().strip();
        Page candidate = session.newPage();
        candidate.navigate(link.startsWith("http") ? link : url(link));
        candidate
                .locator("form[action*='/interview/join/'] button[type=submit]")
                .click();
        candidate.waitForSelector("#answer");
        interviewer.reload();
        assertThat(interviewer.content()).doesNotContain("Waiting for the candidate to join");
        BrowserSession.screenshot(interviewer, "pair-interviewer");
        BrowserSession.screenshot(candidate, "pair-candidate");
    }
}
