package dev.prunelab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.prunelab.practice.SampleAnswers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A debugging drill on a phone: find it from the menu, read the report, diagnose it and read the explanation. */
@QuarkusTest
class DrillJourneyTest extends BrowserJourney {

    static final String DRILL = SampleAnswers.DRILL;

    /** Diagnoses the drill at {@code drillUrl} in the page and answers the feedback page's path. */
    static String diagnose(Page page, String drillUrl) {
        page.navigate(drillUrl);
        page.fill("#answer", SampleAnswers.DRILL_DIAGNOSIS);
        page.click("form.workspace button[type=submit]");
        page.waitForURL("**/drills/*/attempts/*");
        return page.url().replaceAll("^https?://[^/]+", "");
    }

    @Test
    void diagnoseADrillOnAPhoneAndReadTheExplanation() {
        Page page = session.newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        page.navigate(url("/"));
        page.click(".menu-toggle");
        page.click(".main-nav a[href='/drills']");
        page.waitForURL("**/drills");
        assertThat(page.locator(".drill-list li").count()).isEqualTo(10);
        assertFits(page);
        BrowserSession.screenshot(page, "drills-390");

        page.click("a[href='/drills/" + DRILL + "'].question-link");
        page.waitForURL("**/drills/" + DRILL);
        assertThat(page.textContent(".symptom")).contains("41 ms");
        assertThat(page.content()).doesNotContain("What is happening");
        assertFits(page);
        BrowserSession.screenshot(page, "drill-390");

        diagnose(page, page.url());
        assertThat(page.textContent("#feedback-heading")).contains("Feedback");
        assertThat(page.locator(".overall-value").isVisible()).isTrue();
        assertThat(page.textContent("#explanation")).contains("What is happening");
        assertThat(page.locator("a[href='/lab?preset=structured-neurons']").isVisible())
                .isTrue();
        assertFits(page);
        BrowserSession.screenshot(page, "drill-feedback-390");
        assertThat(session.consoleErrors).isEmpty();
    }

    private static void assertFits(Page page) {
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).as("page width at 390 px: %s", page.url()).isLessThanOrEqualTo(390);
    }
}
