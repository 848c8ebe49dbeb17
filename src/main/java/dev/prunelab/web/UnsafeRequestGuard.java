package dev.prunelab.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses unsafe requests (anything but GET, HEAD and OPTIONS) that another site could have made a browser send.
 *
 * <ul>
 *   <li>Everywhere: {@code Sec-Fetch-Site: cross-site}, or an {@code Origin} other than this site's
 *       ({@link SiteOrigin}), is a 403.
 *   <li>Pages: the body must be a form ({@code application/x-www-form-urlencoded} or {@code multipart/form-data})
 *       carrying the CSRF token of the {@code csrf} cookie: a text, JSON or untyped body is a 415. The token itself
 *       is checked by {@code quarkus-rest-csrf}; {@link CsrfRetry} turns its refusal into a page that keeps what was
 *       typed.
 *   <li>The JSON API: a body must be {@code application/json} (415 problem+json otherwise). It needs no token: a
 *       browser sends a JSON body to another origin only after a CORS preflight this site never allows.
 * </ul>
 *
 */
public class UnsafeRequestGuard {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final SiteOrigin site;

    public UnsafeRequestGuard(SiteOrigin site) {
        this.site = site;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> guard(ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        if (SAFE_METHODS.contains(request.method().name())) {
            return Optional.empty();
        }
        Optional<String> foreign = foreign(request);
        if (foreign.isPresent()) {
            return refuse(request, 403, "Forbidden", foreign.get());
        }
        MediaType type = context.getMediaType();
        if (ErrorMapper.isApi(request)) {
            boolean json = type == null ? !hasBody(request) : isJson(type);
            return json
                    ? Optional.empty()
                    : refuse(
                            request,
                            415,
                            "Unsupported Media Type",
                            "The body must be JSON, sent with Content-Type: application/json.");
        }
        if (!isForm(type)) {
            return refuse(
                    request,
                    415,
                    "Unsupported Media Type",
                    "This address takes a form posted from one of this site's pages"
                            + " (application/x-www-form-urlencoded or multipart/form-data).");
        }
        return Optional.empty();
    }

    /** Why an unsafe request is refused as coming from another site, if it is. */
    Optional<String> foreign(HttpServerRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return Optional.of("This request came from another site, so it was not carried out.");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !site.isOwn(origin, request)) {
            return Optional.of(
                    "This request came from another origin (" + printable(origin) + "), so it was not carried out.");
        }
        return Optional.empty();
    }

    private static Optional<Response> refuse(HttpServerRequest request, int status, String title, String detail) {
        return Optional.of(ErrorMapper.respond(request, status, title, detail));
    }

    static boolean isForm(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))
                && !type.isWildcardType()
                && !type.isWildcardSubtype();
    }

    static boolean isJson(MediaType type) {
        return type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || (length != null && !length.equals("0"));
    }

    /** A header value fit to quote in a message: printable ASCII only, and not too long. */
    private static String printable(String value) {
        String clean = value.replaceAll("[^\\x20-\\x7e]", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
