package dev.prunelab.account;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.web.Overloaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Caps the bcrypt work (hashing a new password, checking one at sign-in) running at once. Each takes a core for about
 * 0.1 s, so a flood of sign-ins would otherwise take every core from page requests. A request that finds every permit
 * busy waits a moment (two people signing in together both get through) and is then refused with 503 at once,
 * rather than queueing behind the flood.
 */
@ApplicationScoped
public class PasswordWork {

    /** About two bcrypt checks: long enough for a burst of honest sign-ins, short enough not to pile up threads. */
    static final Duration PATIENCE = Duration.ofMillis(250);

    private final Semaphore permits;
    private final int size;

    @Inject
    public PasswordWork(PruneLabConfig config) {
        this(
                config.limits().passwordChecks() > 0
                        ? config.limits().passwordChecks()
                        : Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    PasswordWork(int permits) {
        this.size = permits;
        this.permits = new Semaphore(permits);
    }

    /**
     * Runs password work under a permit.
     *
     * @throws Overloaded (503) when every permit stayed busy for {@link #PATIENCE}
     */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw Overloaded.unavailable(
                    "Too many sign-ins are being checked right now. Please try again in a few seconds.",
                    Duration.ofSeconds(2));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** How many password checks may run at once. */
    public int size() {
        return size;
    }
}
