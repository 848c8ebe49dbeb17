package dev.prunelab.lab;

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

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public boolean signInHelps() {
        return signInHelps;
    }
}
