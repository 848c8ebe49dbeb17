package dev.prunelab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.RequestOptions;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every kind of page at a phone's width and a desktop's: the document is never wider than the window, axe-core finds
 * no serious or critical accessibility violation, and a full-page screenshot of each goes to
 * {@code target/screenshots/<page>-<width>.png}. One learner's data (an account, three finished lab results, a
 * practice attempt, an open and a finished mock interview) is made once through the pages and the API, then each width
 * gets its own browser context with that learner's cookies.
 */
@QuarkusTest
class EveryPageTest extends BrowserJourney {

    /** A phone (iPhone 12 to 15) and a laptop. */
    static final List<int[]> VIEWPORTS = List.of(new int[] {390, 844}, new int[] {1366, 900});

    /** The pages looked at in the dark theme too (the palette must hold in both). */
    static final Set<String> DARK_TOO = Set.of("home", "lesson-longest", "result-network", "progress", "feedback");

    /**
     * axe-core checks every page at the phone's width, where the layout differs most, and these pages at the
     * desktop's too (the header's row of links and the lesson's table of contents column): a full axe run takes
     * seconds on a long page, and the desktop width shows no other markup.
     */
    static final Set<String> AXE_AT_DESKTOP_TOO = Set.of("home", "home-new", "lesson-shortest");

    static final int PHONE = 390;

    /** Every chart block of a lab result has drawn its chart and data table. */
    static final String CHARTS_DRAWN = "() => document.querySelectorAll('#lab-result [data-chart]').length"
            + " === document.querySelectorAll('#lab-result [data-chart][data-drawn], #lab-result [data-chart] .notice').length";

    /** The pages that answer 404 on purpose (the browser logs that as a console error). */
    static final List<String> NOT_FOUND = List.of("/no-such-page", "/learn/magnitude-prunin");

    static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    @Inject
    ContentService content;

    @TestFactory
    Stream<DynamicTest> everyPageFitsTheWindowAndPassesAxe() {
        Map<String, String> pages = new LinkedHashMap<>();
        Page learner = session.newPage(new Browser.NewContextOptions().setViewportSize(1366, 900));
        signUp(learner);
        long network = startExperiment(learner, "magnitude-vs-random");
        long tree = startExperiment(learner, "tree-ccp");
        long boundary = startExperiment(learner, "decision-boundary");

        List<Lesson> bySize = content.catalog().lessons().stream()
                .sorted(Comparator.comparingInt(Lesson::words))
                .toList();
        pages.put("home", "/");
        pages.put("learn", "/learn");
        pages.put("lesson-shortest", bySize.get(0).href());
        pages.put("lesson-longest", bySize.get(bySize.size() - 1).href());
        pages.put("quiz", "/learn/magnitude-pruning/quiz");
        pages.put("cards", "/progress/cards");
        pages.put("lab", "/lab");
        pages.put("lab-preset", "/lab/presets/tree-ccp");
        pages.put("practice", "/practice");
        pages.put("practice-workspace", "/practice/model-pruning");
        pages.put("feedback", practiseOnce(learner));
        pages.put("drills", "/drills");
        pages.put("drill", "/drills/" + DrillJourneyTest.DRILL);
        pages.put("drill-feedback", DrillJourneyTest.diagnose(learner, url("/drills/" + DrillJourneyTest.DRILL)));
        pages.put("interview", "/interview");
        pages.put("interview-turn", startInterview(learner));
        pages.put("interview-report", finishedInterview(learner));
        pages.put("progress", "/progress");
        pages.put("account", "/account");
        pages.put("search", "/search?q=lottery+ticket");
        pages.put("not-found", NOT_FOUND.get(0));
        pages.put("lesson-not-found", NOT_FOUND.get(1));
        awaitFinished(learner, network, tree, boundary);
        // the transformer last (the test profile queues two), on 12 cards to keep it short
        long transformer = startExperiment(learner, Map.of("preset", "transformer-structured", "rows", 12));
        pages.put("lab-preset-transformer", "/lab/presets/transformer-one-shot");
        awaitFinished(learner, transformer);
        pages.put("result-transformer", "/lab/experiments/" + transformer);
        pages.put("result-network", "/lab/experiments/" + network);
        pages.put("result-tree", "/lab/experiments/" + tree);
        pages.put("result-boundary", "/lab/experiments/" + boundary);
        String cookies = learner.context().storageState();
        learner.context().close();

        Map<String, String> signedOut = new LinkedHashMap<>();
        signedOut.put("home-new", "/");
        signedOut.put("login", "/login");
        signedOut.put("signup", "/signup");

        List<DynamicTest> tests = new ArrayList<>();
        for (int[] size : VIEWPORTS) {
            tests.add(DynamicTest.dynamicTest("signed in at " + size[0] + " px", () -> visitAll(pages, size, cookies)));
            tests.add(
                    DynamicTest.dynamicTest("signed out at " + size[0] + " px", () -> visitAll(signedOut, size, null)));
        }
        return tests.stream();
    }

    private void visitAll(Map<String, String> pages, int[] size, String cookies) {
        List<String> problems = new ArrayList<>();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            Browser.NewContextOptions options = new Browser.NewContextOptions()
                    .setViewportSize(size[0], size[1])
                    .setColorScheme(scheme);
            if (cookies != null) {
                options.setStorageState(cookies);
            }
            Page page = session.newPage(options);
            pages.forEach((name, path) -> {
                boolean dark = scheme == ColorScheme.DARK;
                if (!dark || DARK_TOO.contains(name)) {
                    problems.addAll(check(page, name, path, size[0], dark));
                }
            });
            problems.addAll(session.consoleErrors.stream()
                    .filter(e ->
                            !(e.contains("status of 404") && NOT_FOUND.stream().anyMatch(e::contains)))
                    .map(e -> "console error at " + size[0] + " px: " + e)
                    .toList());
            page.context().close();
        }
        assertThat(problems).isEmpty();
    }

    private List<String> check(Page page, String name, String path, int width, boolean dark) {
        String shot = name + "-" + width + (dark ? "-dark" : "");
        page.navigate(url(path));
        if (page.locator("#lab-result").count() > 0) {
            page.waitForFunction(CHARTS_DRAWN);
        }
        List<String> problems = new ArrayList<>();
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        int innerWidth = ((Number) page.evaluate("() => window.innerWidth")).intValue();
        if (scrollWidth > innerWidth) {
            problems.add(shot + " (" + path + ") is " + scrollWidth + " px wide in a " + innerWidth + " px window: "
                    + page.evaluate(WIDEST_ELEMENTS));
        }
        BrowserSession.screenshot(page, shot);
        if (dark) {
            problems.addAll(accessibilityProblems(page, shot + " (" + path + ")", List.of("color-contrast")));
        } else if (width == PHONE || AXE_AT_DESKTOP_TOO.contains(name)) {
            problems.addAll(accessibilityProblems(page, shot + " (" + path + ")", List.of()));
        }
        return problems;
    }

    /**
     * The serious and critical violations axe-core finds on the page as it is now, by the given rules (all when empty).
     * KaTeX's typeset formulas are left out: the renderer's own markup (hidden from assistive technology, which reads
     * the MathML beside it) is most of a long lesson's elements and would make each run take seconds longer.
     */
    static List<String> accessibilityProblems(Page page, String where, List<String> rules) {
        List<String> problems = new ArrayList<>();
        AxeBuilder axe = new AxeBuilder(page).exclude(".katex");
        if (!rules.isEmpty()) {
            axe.withRules(rules);
        }
        for (Rule rule : axe.analyze().getViolations()) {
            if (BLOCKING_IMPACTS.contains(rule.getImpact())) {
                problems.add(where + " axe " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")));
            }
        }
        return problems;
    }

    /** Names the elements that stick out on the right, so a failure says where to look. */
    static final String WIDEST_ELEMENTS = """
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
              .slice(0, 5)
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
              .join('; ')
            """;

    private long startExperiment(Page page, String preset) {
        return startExperiment(page, Map.of("preset", preset));
    }

    /** Starts an experiment, waiting for room while the test queue (two places) is still full from other tests. */
    private long startExperiment(Page page, Map<String, Object> request) {
        long deadline = System.currentTimeMillis() + 120_000;
        APIResponse response = page.request()
                .post(url("/api/experiments"), RequestOptions.create().setData(request));
        while (response.status() == 429 && System.currentTimeMillis() < deadline) {
            page.waitForTimeout(1000);
            response = page.request()
                    .post(url("/api/experiments"), RequestOptions.create().setData(request));
        }
        assertThat(response.status()).as(response.text()).isIn(200, 201);
        return Long.parseLong(response.text().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private void awaitFinished(Page page, long... ids) {
        long deadline = System.currentTimeMillis() + 240_000; // a transformer run on a busy machine
        for (long id : ids) {
            while (page.request()
                    .get(url("/api/experiments/" + id))
                    .text()
                    .matches("(?s).*\"status\"\\s*:\\s*\"(queued|running)\".*")) {
                assertThat(System.currentTimeMillis())
                        .as("experiment " + id + " finished")
                        .isLessThan(deadline);
                page.waitForTimeout(200);
            }
        }
    }

    private String practiseOnce(Page page) {
        page.navigate(url("/practice/model-pruning"));
        page.fill("#answer", FeatureJourneysTest.ANSWER);
        page.click("#workspace-form button[type=submit]");
        page.waitForURL("**/practice/attempts/*");
        return path(page);
    }

    private String startInterview(Page page) {
        page.navigate(url("/interview"));
        page.locator("form[action='/interview/solo'] button[type=submit]").click();
        page.waitForSelector("#answer");
        return path(page);
    }

    private String finishedInterview(Page page) {
        startInterview(page);
        page.fill("#answer", FeatureJourneysTest.ANSWER);
        page.locator("form[action$='/answer'] button[type=submit]").click();
        page.waitForSelector("#answer");
        page.locator("form[action$='/finish'] button[type=submit]").click();
        page.waitForSelector("[data-report]");
        return path(page);
    }

    private String path(Page page) {
        return page.url().substring(base.toString().length() - 1).replaceAll("[?#].*", "");
    }
}
