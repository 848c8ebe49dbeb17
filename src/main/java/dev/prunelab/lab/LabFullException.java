package dev.prunelab.lab;

import dev.prunelab.web.RateLimiter;
import java.time.Duration;

/**
 * The lab cannot take an experiment now: the queue is full, or an anonymous visitor has used up their runs. Answered
 * with 429 Too Many Requests and a Retry-After header.
 */
public class LabFullException extends RuntimeException {

    private final long retryAfterSeconds;
    private final boolean signInHelps;

    public LabFullException(String message, long retryAfterSeconds) {
        this(message, retryAfterSeconds, false);
    }

    /** @param signInHelps whether signing in lifts the limit (the anonymous allowance), so pages can offer it */
    public LabFullException(String message, long retryAfterSeconds, boolean signInHelps) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        this.signInHelps = signInHelps;
    }

    /** A visitor who is not signed in has started all the experiments the limit allows them for now. */
    static LabFullException allowanceUsed(RateLimiter limit, Duration wait) {
        return new LabFullException(
                "Visitors who are not signed in may start " + limit.capacity() + " experiments per "
                        + RateLimiter.spoken(limit.window()) + ". Sign in to run more, or try again in "
                        + RateLimiter.spoken(wait) + ".",
                wait.toSeconds(),
                true);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public boolean signInHelps() {
        return signInHelps;
    }
}
