package dev.prunelab.web;

/** Reading typed values from form fields, which arrive as text: a value that does not read is {@link InvalidInput}. */
public final class FormFields {

    private FormFields() {}

    /**
     * An optional whole number; blank is null.
     *
     * @throws InvalidInput naming the field when the text is not a whole number
     */
    public static Integer optionalInt(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "'" + value + "' is not a whole number");
        }
    }
}
