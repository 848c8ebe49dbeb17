package dev.prunelab.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one way to say "bad input": every field that is wrong and what it allows. Services throw it; {@link ErrorMapper}
 * answers it once, as 400 {@code application/problem+json} listing the fields under {@code /api}; a page that has a
 * form catches it and shows each message beside its field.
 *
 * <pre>{@code
 * throw InvalidInput.of("minutes", "must be 15, 30 or 45, got 20");
 * }</pre>
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    /** @param errors at least one */
    public InvalidInput(List<FieldError> errors) {
        super(describe(errors), null, false, false); // expected: no stack trace to fill
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("errors must name at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The message for a field (several joined by "; "), if it is wrong. */
    public Optional<String> messageFor(String field) {
        String joined = errors.stream()
                .filter(e -> e.field().equals(field))
                .map(FieldError::message)
                .collect(Collectors.joining("; "));
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    /** "Invalid input: epochs must be in [1, 30], got 31; rows …", the problem's detail. */
    static String describe(List<FieldError> errors) {
        return "Invalid input: "
                + errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    }
}
