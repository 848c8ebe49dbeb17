package dev.prunelab.web;

import io.quarkus.csrf.reactive.runtime.RestCsrfConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * The answer to a form refused for its CSRF token. {@code quarkus-rest-csrf} checks the token (the double-submit
 * pattern: the form's {@code csrf-token} field must equal the {@code csrf} cookie) and refuses with a bare 400; this
 * response filter makes that a 403 page holding what was typed in a form with a fresh token, so that one click sends
 * it again when the page had been open longer than the cookie lives or the cookies were cleared.
 */
public class CsrfRetry {

    /** Fields shown on the page at most; a real form of this site has a handful. */
    static final int MAX_FIELDS = 50;

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance retry(String action, String token, List<SubmittedField> fields);
    }

    /**
     * One field of the refused form, shown again. Passwords are not echoed back into the page.
     *
     * @param multiline shown in a text area (long or multi-line text) rather than a one-line input
     */
    public record SubmittedField(String name, String value, boolean secret, boolean multiline, boolean hidden) {}

    /** Fields the site's forms send as hidden inputs: sent again as they came, not shown as if the user typed them. */
    private static final Set<String> HIDDEN =
            Set.of("next", "preset", "timeZone", "lesson", "kind", "item", "followUp", "elapsedSeconds", "builder");

    private final RestCsrfConfig config;
    private final UnsafeRequestGuard guard;
    private final SecureRandom random = new SecureRandom();

    public CsrfRetry(RestCsrfConfig config, UnsafeRequestGuard guard) {
        this.config = config;
        this.guard = guard;
    }

    @ServerResponseFilter
    public void retry(ContainerResponseContext response, RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (response.getStatus() != 400
                || response.hasEntity()
                || UnsafeRequestGuard.SAFE_METHODS.contains(request.method().name())
                || ErrorMapper.isApi(request)) {
            return;
        }
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        if (tokenMatches(request, context)) {
            return;
        }
        response.setStatus(403);
        Optional<String> foreign = guard.foreign(request);
        String html = foreign.isPresent()
                ? ErrorMapper.Templates.page(403, "Forbidden", foreign.get()).render()
                : retryPage(request, context.getFormData());
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    private boolean tokenMatches(HttpServerRequest request, ResteasyReactiveRequestContext form) {
        Cookie cookie = request.getCookie(config.cookieName());
        Object sent = form.getFormData() == null ? null : form.getFormParameter(config.formFieldName(), true, false);
        if (cookie == null || !(sent instanceof String token)) {
            return false;
        }
        try {
            return Base64.getUrlDecoder().decode(cookie.getValue()).length == config.tokenSize()
                    && MessageDigest.isEqual(
                            cookie.getValue().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private String retryPage(HttpServerRequest request, FormData form) {
        byte[] bytes = new byte[config.tokenSize()];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Cookie cookie = Cookie.cookie(config.cookieName(), token)
                .setPath(config.cookiePath())
                .setHttpOnly(config.cookieHttpOnly())
                .setSameSite(CookieSameSite.LAX)
                .setSecure(config.cookieForceSecure() || "https".equals(request.scheme()))
                .setMaxAge(config.cookieMaxAge().toSeconds());
        config.cookieDomain().ifPresent(cookie::setDomain);
        request.response().addCookie(cookie);
        return Templates.retry(action(request), token, fields(form)).render();
    }

    /** Where the form goes again: the same path, without {@code partial=true} so the answer is a whole page. */
    static String action(HttpServerRequest request) {
        String query = request.query();
        if (query == null || query.isEmpty()) {
            return request.path();
        }
        String kept = String.join(
                "&",
                Arrays.stream(query.split("&"))
                        .filter(p -> !p.startsWith("partial="))
                        .toList());
        return kept.isEmpty() ? request.path() : request.path() + "?" + kept;
    }

    private List<SubmittedField> fields(FormData form) {
        List<SubmittedField> fields = new ArrayList<>();
        if (form == null) {
            return fields;
        }
        for (String name : form) {
            if (name.equals(config.formFieldName())) {
                continue;
            }
            for (FormValue value : form.get(name)) {
                if (fields.size() == MAX_FIELDS) {
                    return fields;
                }
                if (!value.isFileItem()) {
                    String text = value.getValue();
                    boolean secret = name.toLowerCase(Locale.ROOT).contains("password");
                    boolean multiline = text.length() > 80 || text.contains("\n");
                    fields.add(new SubmittedField(name, secret ? "" : text, secret, multiline, HIDDEN.contains(name)));
                }
            }
        }
        return fields;
    }
}
