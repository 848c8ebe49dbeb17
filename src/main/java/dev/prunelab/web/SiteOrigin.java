package dev.prunelab.web;

import dev.prunelab.PruneLabConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Where this site lives: the configured base URL ({@code prunelab.base-url}) when there is one, otherwise the origin
 * a request was sent to. Links meant to be shared and redirects are built on it; unsafe requests must come from it.
 */
@ApplicationScoped
public class SiteOrigin {

    /** Matches no {@code Origin} header: what a request with a malformed Host header is taken to come from. */
    private static final String UNKNOWN = "unknown:";

    private final Optional<String> configured;

    @Inject
    public SiteOrigin(PruneLabConfig config) {
        this(config.baseUrl().map(SiteOrigin::originOf));
    }

    /** @param configured the base URL's origin, if one is configured */
    SiteOrigin(Optional<String> configured) {
        this.configured = configured;
    }

    /**
     * The origin unsafe requests must come from: the base URL's when configured (so a host name that merely resolves
     * here, as in DNS rebinding, is not trusted), else the scheme and host the request itself was sent to.
     */
    public String expected(HttpServerRequest request) {
        return expected(configured, request.scheme(), request.host());
    }

    static String expected(Optional<String> configured, String scheme, String host) {
        return configured.orElseGet(() -> requestOrigin(scheme, host));
    }

    /** Whether an {@code Origin} header names this site ({@code null}, an opaque origin, never does). */
    public boolean isOwn(String origin, HttpServerRequest request) {
        return origin != null && origin.strip().toLowerCase(Locale.ROOT).equals(expected(request));
    }

    /**
     * An absolute link to {@code path} (which starts with {@code /}) for people to share: on the configured base URL,
     * else on {@code requestBase}, the address the request was sent to (right for display only: the Host header is the
     * client's).
     */
    public String absolute(URI requestBase, String path) {
        return configured
                .map(base -> base + path)
                .orElseGet(() -> requestBase.resolve(path).toString());
    }

    /**
     * Redirects never carry the Host header back: JAX-RS makes a relative {@code Location} absolute on the request's
     * own host, and this puts the configured base URL in its place, or makes it relative again when none is set.
     */
    @ServerResponseFilter
    public void location(ContainerResponseContext response, RoutingContext routing) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            HttpServerRequest request = routing.request();
            String own = requestOrigin(request.scheme(), request.host());
            response.getHeaders()
                    .putSingle(HttpHeaders.LOCATION, rewriteLocation(location.toString(), own, configured));
        }
    }

    /** A {@code Location} on the request's own origin {@code own}, moved to the base URL or made relative. */
    static String rewriteLocation(String location, String own, Optional<String> configured) {
        if (location.length() > own.length()
                && location.regionMatches(true, 0, own, 0, own.length())
                && location.charAt(own.length()) == '/') {
            return configured.orElse("") + location.substring(own.length());
        }
        return location;
    }

    static String requestOrigin(String scheme, String host) {
        try {
            return originOf(new URI(scheme + "://" + host));
        } catch (URISyntaxException | RuntimeException malformedHost) {
            return UNKNOWN;
        }
    }

    static String originOf(URI url) {
        if (url.getHost() == null) {
            return UNKNOWN;
        }
        String scheme = url.getScheme() == null ? "https" : url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
