package dev.prunelab.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response. The Content-Security-Policy allows scripts only from this site (no inline
 * script anywhere: page data travels as {@code <script type="application/json">}); styles may be inline because KaTeX
 * and Chart.js set style attributes. Quarkus' own developer pages under {@code /q/dev-ui} keep their defaults.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, 100);
    }

    void addHeaders(RoutingContext context) {
        if (!context.request().path().startsWith("/q/dev")) {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", CSP);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        }
        context.next();
    }
}
