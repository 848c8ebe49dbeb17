package dev.prunelab.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, for end-to-end journeys. Screenshots of each
 * journey's end state go to {@code target/screenshots/}. Console errors are collected so a test can assert
 * that pages ran their scripts cleanly.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    final List<String> consoleErrors = new ArrayList<>();

    BrowserSession() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--no-first-run",
                                "--disable-sync")));
    }

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    /** A fresh browser context (its own cookies) with one page. */
    Page newPage() {
        return newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    /** A fresh browser context made with these options (viewport, colour scheme, stored cookies) and one page. */
    Page newPage(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        consoleErrors.clear();
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text() + " at " + m.location());
            }
        });
        page.onPageError(e -> consoleErrors.add(e));
        return page;
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
