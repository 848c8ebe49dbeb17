package dev.prunelab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every lesson, not one of each length, at a phone's width for a signed-in learner (whose header holds the most):
 * lessons differ in what can widen a page (a long formula, a DOI in the references, a wide table), so each is loaded
 * and must be no wider than the window, and every box that scrolls sideways must be reachable by keyboard (axe-core's
 * scrollable-region-focusable). {@link EveryPageTest} runs the full axe rule set on one lesson of each length.
 */
@QuarkusTest
class EveryLessonTest extends BrowserJourney {

    static final List<String> RULES = List.of("scrollable-region-focusable");

    @Inject
    ContentService content;

    @Test
    void everyLessonFitsAPhoneAndItsScrollBoxesTakeFocus() {
        Page page = session.newPage(new Browser.NewContextOptions().setViewportSize(EveryPageTest.PHONE, 844));
        signUp(page);
        List<String> problems = new ArrayList<>();
        List<Lesson> lessons = content.catalog().lessons();
        for (Lesson lesson : lessons) {
            page.navigate(url(lesson.href()));
            page.evaluate("() => document.fonts.ready");
            int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (scrollWidth > EveryPageTest.PHONE) {
                problems.add(lesson.href() + " is " + scrollWidth + " px wide: "
                        + page.evaluate(EveryPageTest.WIDEST_ELEMENTS));
            }
            problems.addAll(EveryPageTest.accessibilityProblems(page, lesson.href(), RULES));
        }
        page.context().close();
        assertThat(lessons).hasSizeGreaterThan(20);
        assertThat(problems).isEmpty();
    }
}
