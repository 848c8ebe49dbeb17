package dev.prunelab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Finding one's way on a phone and on a desktop: the header menu, the table of contents, a header that scrolls away. */
@QuarkusTest
class NavigationJourneysTest extends BrowserJourney {

    static final String LEARN_LINK = "nav.main-nav a[href='/learn']";
    static final String LESSON = "/learn/magnitude-pruning";

    private Page at(int width, int height, boolean javaScript) {
        return session.newPage(
                new Browser.NewContextOptions().setViewportSize(width, height).setJavaScriptEnabled(javaScript));
    }

    @Test
    void onAPhoneTheMenuOpensFromTheKeyboardAndClosesOnEscape() {
        Page page = at(390, 844, true);
        page.navigate(url("/"));
        assertThat(page.isVisible(LEARN_LINK)).isFalse();
        page.focus(".menu-toggle");
        page.keyboard().press("Enter");
        assertThat(page.isVisible(LEARN_LINK)).isTrue();
        assertThat(page.isVisible("#site-search-q")).isTrue();
        assertThat(page.isVisible("a[href='/signup']")).isTrue();
        page.keyboard().press("Escape");
        assertThat(page.isVisible(LEARN_LINK)).isFalse();
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void withoutJavaScriptTheMenuAndTheTableOfContentsStillOpen() {
        Page page = at(390, 844, false);
        page.navigate(url(LESSON));
        assertThat(page.isVisible(".toc a")).isFalse();
        page.click(".toc-heading");
        assertThat(page.isVisible(".toc a")).isTrue();
        page.click(".menu-toggle");
        assertThat(page.isVisible(LEARN_LINK)).isTrue();
        page.click(".menu-toggle");
        assertThat(page.isVisible(LEARN_LINK)).isFalse();
    }

    @Test
    void onADesktopTheLinksShowAndTheTableOfContentsFollowsTheReader() {
        Page page = at(1366, 900, true);
        page.navigate(url(LESSON));
        assertThat(page.isVisible(".menu-toggle")).isFalse();
        assertThat(page.isVisible(LEARN_LINK)).isTrue();
        assertThat(page.isVisible(".toc a")).isTrue();
        String third = page.locator(".toc a").nth(2).getAttribute("href");
        // scrolled again on each poll: an explorable above may still be drawing and push the heading down
        page.waitForFunction(
                "id => { document.getElementById(id).scrollIntoView();"
                        + " return !!document.querySelector(`.toc a[aria-current='location'][href='#${id}']`); }",
                third.substring(1));
        assertThat(page.locator(".toc a[aria-current='location']").count()).isEqualTo(1);
        assertThat(session.consoleErrors).isEmpty();
    }

    @Test
    void theHeaderScrollsAwayWithThePage() {
        Page page = at(390, 844, true);
        page.navigate(url(LESSON));
        page.evaluate("() => window.scrollTo(0, 2000)");
        page.waitForFunction("() => window.scrollY >= 1500");
        assertThat(page.locator(".site-header").boundingBox().y).isLessThan(-1000);
    }
}
