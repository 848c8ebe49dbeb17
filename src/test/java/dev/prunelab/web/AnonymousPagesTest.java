package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnonymousPagesTest {

    private static final long CONTENT = 1;
    private static final long RELOADED_CONTENT = 2;
    private static final String FIRST_TOKEN = "tokenOfTheFirstVisitor";
    private static final String SECOND_TOKEN = "anotherVisitorsToken";

    /** A page with two forms carrying the token, and the token once more as plain text (which is not a form value). */
    private static String pageWith(String token) {
        return "<h1>Lab ✂</h1><form><input name=\"csrf-token\" value=\"" + token + "\"></form>"
                + "<form><input name=\"csrf-token\" value=\"" + token + "\"><p>" + token + "</p></form>";
    }

    @Test
    void aPageIsRenderedOncePerAddressAndVersion() {
        AnonymousPages pages = new AnonymousPages(10);
        AtomicInteger renders = new AtomicInteger();
        String first = pages.get(CONTENT, "/learn", null, () -> "page " + renders.incrementAndGet());
        String again = pages.get(CONTENT, "/learn", null, () -> "page " + renders.incrementAndGet());
        assertThat(first).isEqualTo("page 1");
        assertThat(again).isSameAs(first);
        assertThat(pages.get(CONTENT, "/learn/a", null, () -> "page " + renders.incrementAndGet()))
                .isEqualTo("page 2");
        // reloaded content shows new text: every page is rendered afresh
        assertThat(pages.get(RELOADED_CONTENT, "/learn", null, () -> "page " + renders.incrementAndGet()))
                .isEqualTo("page 3");
    }

    @Test
    void aPageOfOlderContentIsShownButNotKept() {
        AnonymousPages pages = new AnonymousPages(10);
        pages.get(RELOADED_CONTENT, "/learn", null, () -> "new");

        assertThat(pages.get(CONTENT, "/learn", null, () -> "old")).isEqualTo("old");
        assertThat(pages.get(RELOADED_CONTENT, "/learn", null, () -> "never")).isEqualTo("new");
    }

    @Test
    void everyVisitorGetsTheCachedPageWithTheirOwnTokenInItsForms() {
        AnonymousPages pages = new AnonymousPages(10);
        AtomicInteger renders = new AtomicInteger();
        String first = pages.get(CONTENT, "/lab", FIRST_TOKEN, () -> {
            renders.incrementAndGet();
            return pageWith(FIRST_TOKEN);
        });
        String second = pages.get(CONTENT, "/lab", SECOND_TOKEN, () -> {
            renders.incrementAndGet();
            return pageWith(SECOND_TOKEN);
        });
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
            pages.get(CONTENT, query, null, () -> query + renders.incrementAndGet());
        }
        // a and b filled it; c cleared it, so a was rendered again
        assertThat(renders).hasValue(4);
        assertThat(pages.get(CONTENT, "c", null, () -> "never")).isEqualTo("c3");
    }
}
