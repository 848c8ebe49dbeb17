package dev.prunelab.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser journey needs: one headless Chromium per test class (skipped where Chromium is not installed)
 * and addresses on the test server.
 */
abstract class BrowserJourney {

    static BrowserSession session;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void start() {
        assumeTrue(
                BrowserSession.chromiumInstalled(),
                "Chromium is not installed (CI installs it): browser journeys skipped");
        session = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** Signs a new learner up through the page, in the page's context, and leaves them on the first lesson. */
    void signUp(Page page) {
        page.navigate(url("/signup"));
        page.fill(
                "#username", "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
        page.fill("#password", "correct horse battery");
        page.click("form.stacked-form button[type=submit]");
        page.waitForURL(u -> !u.contains("/signup"));
        page.navigate(url("/learn/what-is-pruning"));
    }
}
