package dev.prunelab.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
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
}
