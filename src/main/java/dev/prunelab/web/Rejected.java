package dev.prunelab.web;

/**
 * A request the domain turns down for a reason other than bad input: what it asks for does not exist for this
 * visitor, is not theirs to do, or does not fit the current state. Services throw it instead of HTTP exceptions;
 * {@link ErrorMapper} answers it once (404, 403 or 409, problem+json under {@code /api}, an error page elsewhere).
 *
 * <pre>{@code
 * throw Rejected.conflict("Experiment 7 has already finished (done).");
 * }</pre>
 */
public class Rejected extends RuntimeException {

    /** Why, with the HTTP status and title it is answered with. */
    public enum Reason {
        NOT_FOUND(404, "Not Found"),
        NOT_ALLOWED(403, "Forbidden"),
        CONFLICT(409, "Conflict");

        final int status;
        final String title;

        Reason(int status, String title) {
            this.status = status;
            this.title = title;
        }
    }

    private final Reason reason;

    private Rejected(Reason reason, String message) {
        super(message, null, false, false); // expected: no stack trace to fill
        this.reason = reason;
    }

    /** Nothing there for this visitor ("There is no interview 7."). */
    public static Rejected notFound(String message) {
        return new Rejected(Reason.NOT_FOUND, message);
    }

    /** There, but not this visitor's to do ("Only the interviewer of a pair session can do this."). */
    public static Rejected notAllowed(String message) {
        return new Rejected(Reason.NOT_ALLOWED, message);
    }

    /** Does not fit the current state ("This interview is finished."). */
    public static Rejected conflict(String message) {
        return new Rejected(Reason.CONFLICT, message);
    }

    public Reason reason() {
        return reason;
    }
}
