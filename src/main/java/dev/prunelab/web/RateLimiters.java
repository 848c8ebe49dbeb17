package dev.prunelab.web;

import dev.prunelab.PruneLabConfig;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the app's rate limiters, one per name, each with its own {@link BucketStore}: the one place that decides where
 * buckets are kept (in this process today; a store shared through the database would be chosen here). Each feature
 * asks for its limit with the numbers from its own section of the configuration; how many clients a limit tracks is
 * {@code prunelab.rate-limit.max-clients}.
 */
@ApplicationScoped
public class RateLimiters {

    private final long maxClients;
    private final TimeMeter clock;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    @Inject
    public RateLimiters(PruneLabConfig config) {
        this(config.rateLimit().maxClients(), TimeMeter.SYSTEM_MILLISECONDS);
    }

    RateLimiters(long maxClients, TimeMeter clock) {
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /**
     * The limiter of this name: made with these numbers the first time, the same one after.
     *
     * @param capacity uses allowed per client and window
     * @param window   how long the allowance lasts, from the client's first use
     */
    public RateLimiter limiter(String name, int capacity, Duration window) {
        return limiters.computeIfAbsent(
                name, key -> new RateLimiter(key, capacity, window, new LocalBucketStore(maxClients, window, clock)));
    }
}
