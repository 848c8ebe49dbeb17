package dev.prunelab.lab;

import dev.prunelab.PruneLabConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how many experiments visitors who are not signed in start per client address: {@code anonymousRuns} per
 * fixed window. Served-from-cache results do not count (they cost nothing). Kept in memory per instance.
 */
@ApplicationScoped
public class AnonymousRunLimiter {

    private record Window(Instant start, int used) {}

    private final int runs;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    public AnonymousRunLimiter(PruneLabConfig config) {
        this(config.lab().anonymousRuns(), Duration.ofSeconds(config.lab().anonymousWindowSeconds()), Clock.systemUTC());
    }

    AnonymousRunLimiter(int runs, Duration window, Clock clock) {
        this.runs = runs;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Counts one run for the address.
     *
     * @throws LabFullException when the address has used its runs in the current window
     */
    public void acquire(String address) {
        Instant now = clock.instant();
        Window updated = windows.compute(address, (key, current) -> {
            if (current == null || !now.isBefore(current.start.plus(window))) {
                return new Window(now, 1);
            }
            return new Window(current.start, current.used + 1);
        });
        if (updated.used > runs) {
            long wait = Duration.between(now, updated.start.plus(window)).toSeconds();
            throw new LabFullException("Visitors who are not signed in may start " + runs + " experiments per "
                    + window.toMinutes() + " minutes. Sign in, or try again later.", wait);
        }
    }
}
