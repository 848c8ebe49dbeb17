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
        this(
                config.lab().anonymousRuns(),
                Duration.ofSeconds(config.lab().anonymousWindowSeconds()),
                Clock.systemUTC());
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
            Duration wait = Duration.between(now, updated.start.plus(window));
            throw new LabFullException(
                    "Visitors who are not signed in may start " + runs + " experiments per " + spoken(window)
                            + ". Sign in to run more, or try again in " + spoken(wait) + ".",
                    wait.toSeconds(),
                    true);
        }
    }

    /** "10 minutes", "1 minute", "45 seconds": whole minutes once there is at least one, rounded up. */
    static String spoken(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
