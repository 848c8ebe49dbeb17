package dev.prunelab.lab;

/**
 * The lab cannot take an experiment now: the queue is full, or an anonymous visitor has used up their runs. Answered
 * with 429 Too Many Requests and a Retry-After header.
 */
public class LabFullException extends RuntimeException {

    private final long retryAfterSeconds;

    public LabFullException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
