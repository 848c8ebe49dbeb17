package dev.prunelab.web;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the services' {@link IllegalArgumentException}s, whose messages start with the field name
 * ({@code "answer: 20001 characters; at most 20000 allowed"}), into a 400 that names the field.
 */
public final class BadInput {

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9.]*): (.*)$", Pattern.DOTALL);

    private BadInput() {}

    /** The field and message of a service's complaint (field {@code "input"} when it names none). */
    public static Problem.FieldError fieldError(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "invalid" : e.getMessage();
        Matcher m = FIELD.matcher(message);
        return m.matches() ? new Problem.FieldError(m.group(1), m.group(2)) : new Problem.FieldError("input", message);
    }

    /** A 400 {@code application/problem+json} response naming the field. */
    public static Response problem(IllegalArgumentException e, String path) {
        return problem(fieldError(e), path);
    }

    public static Response problem(Problem.FieldError error, String path) {
        Problem problem = new Problem(
                "about:blank",
                "Bad Request",
                400,
                "Invalid input: " + error.field() + " " + error.message(),
                path,
                List.of(error));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Parses an optional whole number from a form field; blank is null. */
    public static Integer optionalInt(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a whole number");
        }
    }
}
