package dev.prunelab.account;

import dev.prunelab.PruneLabConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-in attempts per client address and username: after {@code loginAttempts} failures within the
 * window, further attempts are refused until the oldest failure leaves the window. Kept in memory per instance.
 */
@ApplicationScoped
public class LoginRateLimiter {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    public LoginRateLimiter(PruneLabConfig config) {
        this(
                config.security().loginAttempts(),
                Duration.ofSeconds(config.security().loginWindowSeconds()),
                Clock.systemUTC());
    }

    LoginRateLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long the key must wait before trying again, or empty if it may try now. */
    public Optional<Duration> blockedFor(String key) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            Instant now = clock.instant();
            recent.removeIf(t -> t.isBefore(now.minus(window)));
            if (recent.size() < maxFailures) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, recent.peekFirst().plus(window));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    public void recordFailure(String key) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    public void reset(String key) {
        failures.remove(key);
    }
}
