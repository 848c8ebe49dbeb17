package dev.prunelab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every lesson explorable, driven in Chromium: it replaces its static figure, a key press changes its state, the URL
 * carries the state, and a link with a state opens configured. Screenshots of each explorable and each figure at 390
 * and 1366 px wide go to {@code target/screenshots/}.
 */
@QuarkusTest
class ExplorablesJourneyTest extends BrowserJourney {

    private static final List<Integer> WIDTHS = List.of(390, 1366);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            schedule-plotter  | schedules         | #schedule-sparsity | ArrowLeft  | sparsity=0.89 | ?sparsity=0.5&rounds=2 | Iterative rounds: 29.3%, 50%
            sparsity-slider   | magnitude-pruning | #sparsity-target   | ArrowRight | sparsity=0.85 | ?sparsity=0.95         | At 95% sparsity
            sparsity-slider   | magnitude-pruning | input[name=sparsity-scope][value='layer'] | Space | scope=layer | ?sparsity=0.9&scope=global | fc1.weight empties first
            ccp-stepper       | decision-trees    | #ccp-step          | ArrowRight | step=1        | ?step=7                | Step 7 of 12
            overfitting       | bias-variance     | #overfit-step      | ArrowRight | step=1        | ?step=12               | 1 leaf: train error
            lottery-ticket    | lottery-ticket    | #lottery-round     | ArrowLeft  | sparsity=0.527 | ?sparsity=0.95        | Round 4 of 4
            will-it-be-faster | structured-pruning | input[name=faster-batch][value='1'] | Space | batch=1 | ?pattern=2:4&batch=1&hardware=gpu | No: 0.11× to 1×
            nm-builder        | structured-pruning | input[name=nm-pattern][value='1:4'] | Space | pattern=1%3A4 | ?pattern=4:8 | 4:8 keeps 50%
            saliency          | foundations-math  | #saliency-sparsity | ArrowRight | sparsity=0.55 | ?sparsity=0.2&a=obd&b=taylor | At 20% sparsity each criterion prunes 64 of 320
            """)
    void anExplorableReactsToTheKeyboardKeepsItsStateInTheUrlAndOpensFromALink(
            String name, String lesson, String control, String key, String state, String link, String configured) {
        Page page = session.newPage();
        page.navigate(url("/learn/" + lesson));
        Locator figure = ready(page, name);
        assertThat(figure.locator(".figure-svg").isHidden()).isTrue();
        String before = figure.locator(".explore-panel").textContent();
        page.locator(control).focus();
        page.keyboard().press(key);
        page.waitForFunction("s => location.search.includes(s)", state);
        assertThat(figure.locator(".explore-panel").textContent()).isNotEqualTo(before);

        Page linked = session.newPage();
        linked.navigate(url("/learn/" + lesson + link));
        assertThat(ready(linked, name).textContent()).contains(configured);
        for (int width : WIDTHS) {
            linked.setViewportSize(width, 900);
            shot(ready(linked, name), "explorable-" + name + "-" + width);
        }
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void withoutJavaScriptTheStaticFigureStays() {
        Page page = session.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        page.navigate(url("/learn/schedules"));
        Locator figure = page.locator("figure[data-explore=schedule-plotter]");
        assertThat(figure.locator(".figure-svg svg").isVisible()).isTrue();
        assertThat(figure.locator(".figure-svg").getAttribute("aria-label"))
                .startsWith("Line chart of target sparsity");
        assertThat(figure.locator("figcaption").textContent()).contains("Zhu and Gupta");
    }

    @ParameterizedTest
    @CsvSource({
        "what-is-pruning, accuracy-vs-sparsity",
        "what-is-pruning, storage-bytes",
        "magnitude-pruning, layer-sparsity",
        "schedules, schedules-accuracy",
        "sparse-kernels, latency",
        "evaluation, per-class-change"
    })
    void aFigureIsDrawnInline(String lesson, String figure) {
        for (String scheme : List.of("light", "dark")) {
            Page page = session.newPage(new Browser.NewContextOptions()
                    .setColorScheme(ColorScheme.valueOf(scheme.toUpperCase(Locale.ROOT)))
                    .setJavaScriptEnabled(false));
            page.navigate(url("/learn/" + lesson));
            Locator svg = page.locator("#figure-" + figure + " svg");
            assertThat(svg.boundingBox().width).isGreaterThan(200);
            for (int width : WIDTHS) {
                page.setViewportSize(width, 900);
                shot(page.locator("#figure-" + figure), "figure-" + figure + "-" + scheme + "-" + width);
            }
        }
    }

    private static Locator ready(Page page, String name) {
        page.waitForSelector("figure[data-explore=" + name + "][data-ready=true]");
        return page.locator("figure[data-explore=" + name + "]");
    }

    private static void shot(Locator element, String name) {
        try {
            Files.createDirectories(BrowserSession.SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        element.screenshot(new Locator.ScreenshotOptions().setPath(BrowserSession.SCREENSHOTS.resolve(name + ".png")));
    }
}
