package dev.prunelab.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * At most {@code capacity} uses per client and window, the window starting at the client's first use: the whole
 * allowance comes back at once when the window ends (Bucket4j's interval refill). A client is whatever key the caller
 * counts by: an address ({@link ClientAddress}), or an address and a username. Made by {@link RateLimiters}.
 */
public final class RateLimiter {

    private final String name;
    private final int capacity;
    private final Duration window;
    private final BucketConfiguration configuration;
    private final BucketStore store;

    RateLimiter(String name, int capacity, Duration window, BucketStore store) {
        if (capacity < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(name + ": a limit needs at least 1 use per window of more than 0 s, got "
                    + capacity + " per " + window);
        }
        this.name = name;
        this.capacity = capacity;
        this.window = window;
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillIntervally(capacity, window)
                        .build())
                .build();
        this.store = store;
    }

    /**
     * Counts one use by the client.
     *
     * @return empty if it may go ahead, else how long until its allowance comes back
     */
    public Optional<Duration> acquire(String client) {
        ConsumptionProbe probe = store.call(() -> bucket(client).tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() ? Optional.empty() : Optional.of(untilRefill(probe.getNanosToWaitForRefill()));
    }

    /** How long the client must wait before its next use, or empty if it may go ahead; counts nothing. */
    public Optional<Duration> blockedFor(String client) {
        Optional<EstimationProbe> probe =
                store.call(() -> store.existing(client).map(bucket -> bucket.estimateAbilityToConsume(1)));
        return probe.filter(p -> !p.canBeConsumed()).map(p -> untilRefill(p.getNanosToWaitForRefill()));
    }

    /** Gives the client its whole allowance back (after a successful sign-in, say). */
    public void reset(String client) {
        store.call(() -> {
            store.remove(client);
            return null;
        });
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }

    public Duration window() {
        return window;
    }

    private Bucket bucket(String client) {
        return store.bucket(client, configuration);
    }

    /** At least a second: a Retry-After of 0 would invite the client straight back. */
    private static Duration untilRefill(long nanos) {
        return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    /** "10 minutes", "1 minute", "45 seconds": whole minutes once there is at least one, rounded up. */
    public static String spoken(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
