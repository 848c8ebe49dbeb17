package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalBucketStoreTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final BucketConfiguration ONE_PER_WINDOW = BucketConfiguration.builder()
            .addLimit(
                    Bandwidth.builder().capacity(1).refillIntervally(1, WINDOW).build())
            .build();

    private final RateLimiterTest.ManualClock clock = new RateLimiterTest.ManualClock();

    @Test
    void aFloodOfClientsKeepsAtMostTheBoundInMemory() {
        LocalBucketStore store = new LocalBucketStore(50, WINDOW, clock);
        for (int i = 0; i < 10_000; i++) {
            store.bucket("10.0." + (i / 256) + "." + (i % 256), ONE_PER_WINDOW).tryConsume(1);
        }

        assertThat(store.size()).isLessThanOrEqualTo(50);
    }

    @Test
    void aBucketUnusedForTheWindowIsDropped() {
        LocalBucketStore store = new LocalBucketStore(50, WINDOW, clock);
        store.bucket("10.0.0.1", ONE_PER_WINDOW).tryConsume(1);
        clock.advance(WINDOW.minusSeconds(1));
        assertThat(store.existing("10.0.0.1")).isPresent();

        clock.advance(WINDOW);
        assertThat(store.existing("10.0.0.1")).isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void aClientKeepsItsBucketWhileItIsUsed() {
        LocalBucketStore store = new LocalBucketStore(50, WINDOW, clock);
        store.bucket("10.0.0.1", ONE_PER_WINDOW).tryConsume(1);

        assertThat(store.bucket("10.0.0.1", ONE_PER_WINDOW).tryConsume(1))
                .as("the same bucket, already used")
                .isFalse();
    }
}
