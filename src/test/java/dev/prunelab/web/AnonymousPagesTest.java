package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnonymousPagesTest {

    private static final Object CATALOG = new Object();
    private static final Object RELOADED_CATALOG = new Object();
    private static final String FIRST_TOKEN = "tokenOfTheFirstVisitor";
    private static final String SECOND_TOKEN = "anotherVisitorsToken";

    /** A page with two forms carrying the token, and the token once more as plain text (which is not a form value). */
    private static String pageWith(String token) {
        return "<h1>Lab ✂</h1><form><input name=\"csrf-token\" value=\"" + token + "\"></form>"
                + "<form><input name=\"csrf-token\" value=\"" + token + "\"><p>" + token + "</p></form>";
    }

    private static String text(byte[] page) {
        return new String(page, StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsRenderedOncePerKeyAndCatalog() {
        AnonymousPages pages = new AnonymousPages(10);
        AtomicInteger renders = new AtomicInteger();
        byte[] first = pages.get(CATALOG, "learn", () -> "page " + renders.incrementAndGet());
        byte[] again = pages.get(CATALOG, "learn", () -> "page " + renders.incrementAndGet());
        assertThat(text(first)).isEqualTo("page 1");
        assertThat(again).isSameAs(first);
        assertThat(text(pages.get(CATALOG, "lesson/a", () -> "page " + renders.incrementAndGet())))
                .isEqualTo("page 2");
        // a reloaded catalog shows new content: every page is rendered afresh
        assertThat(text(pages.get(RELOADED_CATALOG, "learn", () -> "page " + renders.incrementAndGet())))
                .isEqualTo("page 3");
    }

    @Test
    void everyVisitorGetsTheCachedPageWithTheirOwnTokenInItsForms() {
        AnonymousPages pages = new AnonymousPages(10);
        AtomicInteger renders = new AtomicInteger();
        String first = text(pages.get(CATALOG, "lab", FIRST_TOKEN, () -> {
            renders.incrementAndGet();
            return pageWith(FIRST_TOKEN);
        }));
        String second = text(pages.get(CATALOG, "lab", SECOND_TOKEN, () -> {
            renders.incrementAndGet();
            return pageWith(SECOND_TOKEN);
        }));
        assertThat(renders).hasValue(1);
        assertThat(first).isEqualTo(pageWith(FIRST_TOKEN));
        // the form values carry the second visitor's token; the first token survives only where it was page text
        assertThat(second).isEqualTo(pageWith(SECOND_TOKEN).replace("<p>" + SECOND_TOKEN, "<p>" + FIRST_TOKEN));
        assertThat(second).doesNotContain("value=\"" + FIRST_TOKEN);
    }

    @Test
    void theCacheStartsAfreshWhenItHoldsItsCapacity() {
        AnonymousPages pages = new AnonymousPages(2);
        AtomicInteger renders = new AtomicInteger();
        for (String query : new String[] {"a", "b", "c", "a"}) {
            pages.get(CATALOG, query, () -> query + renders.incrementAndGet());
        }
        // a and b filled it; c cleared it, so a was rendered again
        assertThat(renders).hasValue(4);
        assertThat(text(pages.get(CATALOG, "c", () -> "never"))).isEqualTo("c3");
    }
}
