package dev.prunelab.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a clear answer: {@code application/problem+json} under {@code /api}, an HTML page
 * elsewhere. A user never sees a stack trace; an unexpected error is logged with an id the page shows.
 */
public class ErrorMapper {

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(int status, String title, String detail);
    }

    private static final Pattern TOO_MANY_FIELDS = Pattern.compile("Param limit of \\d+ was exceeded");

    static final String NOTHING_HERE =
            "There is nothing at this address: the link may be mistyped, or the page has moved.";

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return respond(request, 404, "Not Found", notFoundDetail(e));
    }

    /** Signed in, but not allowed (e.g. not an administrator). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, 403, "Forbidden", "You are not allowed to do this.");
    }

    /** Bean Validation of REST parameters and bodies (Quarkus throws this subclass for them). */
    @ServerExceptionMapper
    public Response invalidParameters(ResteasyReactiveViolationException e, HttpServerRequest request) {
        return invalid(e, request);
    }

    /** Bean Validation of request bodies: the same answer as {@link InvalidInput}. */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        return invalidInput(
                new InvalidInput(e.getConstraintViolations().stream()
                        .map(v -> new FieldError(fieldName(v), v.getMessage()))
                        .toList()),
                request);
    }

    /**
     * Bad input, the one way every feature reports it: 400 problem+json listing each field and what it allows under
     * {@code /api}, the error page listing them elsewhere (pages with a form catch it first and show each message
     * beside its field).
     */
    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, HttpServerRequest request) {
        List<FieldError> errors = e.errors().stream()
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = InvalidInput.describe(errors);
        if (isApi(request)) {
            Problem problem = new Problem("about:blank", "Bad Request", 400, detail, request.path(), errors);
            return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return page(400, "Bad Request", detail);
    }

    /**
     * A JSON body with a value of the wrong type ({@code "rounds": "three"}, {@code "sparsities": ["x"]}): 400 naming
     * the field, rather than the framework's bare 400.
     */
    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException e, HttpServerRequest request) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
        return invalidInput(
                InvalidInput.of(field.isEmpty() ? "body" : field, "must be " + describe(e.getTargetType())), request);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        return Collection.class.isAssignableFrom(type) || type.isArray() ? "a list" : "a JSON object";
    }

    /** A domain refusal: not there, not allowed, or not now. */
    @ServerExceptionMapper
    public Response rejected(Rejected e, HttpServerRequest request) {
        return respond(request, e.reason().status, e.reason().title, e.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Error";
        String detail = status >= 500 ? "The server could not complete the request." : safeMessage(e, title);
        return respond(request, status, title, detail);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        if (e.getMessage() != null && TOO_MANY_FIELDS.matcher(e.getMessage()).matches()) {
            // The form decoder's own limit on fields says so only in its message.
            return respond(request, 413, "Content Too Large", "A form may have at most 1,000 fields.");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        Log.errorf(e, "Unexpected error %s on %s %s", incident, request.method(), request.path());
        return respond(
                request,
                500,
                "Internal Server Error",
                "Something went wrong on our side (incident " + incident + "). Please try again.");
    }

    /** Our own words for a 404: the message a resource gave, never the framework's ("Unable to find matching …"). */
    static String notFoundDetail(NotFoundException e) {
        String message = e.getMessage();
        return message == null
                        || message.isBlank()
                        || message.startsWith("HTTP 404")
                        || message.startsWith("Unable to find matching")
                ? NOTHING_HERE
                : message;
    }

    private static String safeMessage(WebApplicationException e, String fallback) {
        String message = e.getMessage();
        return message == null || message.startsWith("HTTP ") ? fallback : message;
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Method parameter paths look like "search.arg0.q" or "create.body.name": keep the part after the method
        String[] parts = path.split("\\.");
        return parts.length > 1
                ? String.join(".", Arrays.copyOfRange(parts, parts.length > 2 ? 2 : 1, parts.length))
                : path;
    }

    public static boolean isApi(HttpServerRequest request) {
        String path = request.path();
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** A problem+json answer under /api, an HTML error page elsewhere. */
    public static Response respond(HttpServerRequest request, int status, String title, String detail) {
        if (isApi(request)) {
            return Response.status(status)
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(status, title, detail, request.path()))
                    .build();
        }
        return page(status, title, detail);
    }

    static Response page(int status, String title, String detail) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(status, title, detail).render())
                .build();
    }
}
