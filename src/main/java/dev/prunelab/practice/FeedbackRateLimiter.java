package dev.prunelab.practice;

import dev.prunelab.PruneLabConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits anonymous {@code POST /api/feedback} calls per client address: at most {@code feedbackRequests} per fixed
 * window. Kept in memory per instance (a limit per instance is enough to stop a script hammering the engine).
 */
@ApplicationScoped
public class FeedbackRateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** The requests counted in the window that started at {@code start}. */
    private record Window(Instant start, int count) {}

    @Inject
    public FeedbackRateLimiter(PruneLabConfig config) {
        this(config.practice().feedbackRequests(), config.practice().feedbackWindow(), Clock.systemUTC());
    }

    FeedbackRateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Counts one request from {@code client}.
     *
     * @return empty if it may proceed, else how long until the window resets
     */
    public Optional<Duration> acquire(String client) {
        Instant now = clock.instant();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        Window w = windows.compute(
                client,
                (key, old) -> old == null || !now.isBefore(old.start().plus(window))
                        ? new Window(now, 1)
                        : new Window(old.start(), old.count() + 1));
        if (w.count() <= limit) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, w.start().plus(window));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }
}
