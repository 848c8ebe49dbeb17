package dev.prunelab.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one way to say "bad input" (an illegal argument that names its fields): every field that is wrong and what it allows. Services throw it; {@link ErrorMapper}
 * answers it once, as 400 {@code application/problem+json} listing the fields under {@code /api}; a page that has a
 * form catches it and shows each message beside its field.
 *
 * <pre>{@code
 * throw InvalidInput.of("minutes", "must be 15, 30 or 45, got 20");
 * }</pre>
 */
public class InvalidInput extends IllegalArgumentException {

    private final List<FieldError> errors;

    /** @param errors at least one */
    public InvalidInput(List<FieldError> errors) {
        super(joined(errors));
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
        return Optional.ofNullable(messages().get(field));
    }

    /** Each wrong field's messages (joined by "; "), in order: what a form shows beside its fields. */
    public Map<String, String> messages() {
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach(e -> messages.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
        return messages;
    }

    /** "Invalid input: epochs must be in [1, 30], got 31; rows …", the problem's detail. */
    static String describe(List<FieldError> errors) {
        return "Invalid input: " + joined(errors);
    }

    /** "epochs must be in [1, 30], got 31; rows …": each field and its message. */
    private static String joined(List<FieldError> errors) {
        return errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    }
}
