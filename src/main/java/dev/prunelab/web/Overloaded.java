package dev.prunelab.web;

import java.time.Duration;

/**
 * A request refused for now, not for what it asks: a client over its rate or its share of the server (429), or the
 * server short of something every client needs, such as disk or password-hashing capacity (503). Services throw it;
 * {@link OverloadedMapper} answers it with the status, a Retry-After header and the message (problem+json under
 * {@code /api}, an error page elsewhere).
 *
 * <pre>{@code
 * throw Overloaded.tooMany("At most 6 live event streams per learner may be open at once.", Duration.ofSeconds(5));
 * }</pre>
 */
public class Overloaded extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;

    private Overloaded(int status, String message, Duration retryAfter) {
        super(message, null, false, false); // expected: no stack trace to fill
        this.status = status;
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    /** This client has used its allowance: 429 Too Many Requests. */
    public static Overloaded tooMany(String message, Duration retryAfter) {
        return new Overloaded(429, message, retryAfter);
    }

    /** The server cannot take this kind of request from anybody just now: 503 Service Unavailable. */
    public static Overloaded unavailable(String message, Duration retryAfter) {
        return new Overloaded(503, message, retryAfter);
    }

    public int status() {
        return status;
    }

    /** Whole seconds, at least 1: a Retry-After of 0 would invite the client straight back. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String title() {
        return status == 429 ? "Too Many Requests" : "Service Unavailable";
    }
}
