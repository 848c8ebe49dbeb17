package dev.prunelab.web;

import dev.prunelab.PruneLabConfig;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the app's rate limiters, one per name, each with its own {@link BucketStore}: the one place that decides where
 * buckets are kept, in this process or in the database shared by every instance ({@code prunelab.rate-limit.store}).
 * Each feature asks for its limit with the numbers from its own section of the configuration; how many clients a limit
 * tracks in memory is {@code prunelab.rate-limit.max-clients}.
 */
@ApplicationScoped
public class RateLimiters {

    private final long maxClients;
    private final TimeMeter clock;
    private final Optional<SharedBuckets> shared;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    @Inject
    public RateLimiters(PruneLabConfig config, SharedBuckets shared) {
        this(
                config.rateLimit().maxClients(),
                TimeMeter.SYSTEM_MILLISECONDS,
                shared.enabled() ? Optional.of(shared) : Optional.empty());
    }

    RateLimiters(long maxClients, TimeMeter clock) {
        this(maxClients, clock, Optional.empty());
    }

    private RateLimiters(long maxClients, TimeMeter clock, Optional<SharedBuckets> shared) {
        this.maxClients = maxClients;
        this.clock = clock;
        this.shared = shared;
    }

    /**
     * The limiter of this name: made with these numbers the first time, the same one after.
     *
     * @param capacity uses allowed per client and window
     * @param window   how long the allowance lasts, from the client's first use
     */
    public RateLimiter limiter(String name, int capacity, Duration window) {
        return limiters.computeIfAbsent(name, key -> new RateLimiter(key, capacity, window, store(key, window)));
    }

    private BucketStore store(String name, Duration window) {
        return shared.<BucketStore>map(buckets -> buckets.store(name))
                .orElseGet(() -> new LocalBucketStore(maxClients, window, clock));
    }
}
