package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The search index is built in the background just after start-up, so that the first searches of a busy server do
 * not all wait for it. Its own profile gives it an app that nothing has searched yet.
 */
@QuarkusTest
@TestProfile(SearchIndexWarmUpTest.FreshApp.class)
class SearchIndexWarmUpTest {

    /** A separate app instance: no other test's search has built the index. */
    public static class FreshApp implements QuarkusTestProfile {}

    @Inject
    ContentService content;

    @Test
    void theIndexIsBuiltAfterStartUpWithoutAnySearch() throws InterruptedException {
        for (int i = 0; i < 600 && !content.searchIndexBuilt(); i++) {
            Thread.sleep(50);
        }

        assertThat(content.searchIndexBuilt()).isTrue();
        assertThat(content.search("lottery ticket", 1, 5).hits()).isNotEmpty();
    }
}
