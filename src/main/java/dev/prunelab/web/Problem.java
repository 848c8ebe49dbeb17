package dev.prunelab.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every API error ({@code application/problem+json}).
 *
 * @param type     a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title    the status' short text
 * @param status   the HTTP status
 * @param detail   what went wrong, for a person
 * @param instance the request path
 * @param errors   for invalid input: each bad field and what is allowed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, List.of());
    }
}
