package dev.prunelab.web;

import dev.prunelab.PruneLabConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Keeps {@code /q/metrics} from the public: it names routes, counts and timings an outsider has no business reading.
 * With {@code prunelab.metrics.token} set, a scrape must send {@code Authorization: Bearer <token>} (401 otherwise);
 * without it the endpoint answers 404 on the public port. The alternative is Quarkus's management interface
 * ({@code quarkus.management.enabled=true}), which serves it on a port of its own that this filter does not see.
 */
@ApplicationScoped
public class MetricsAccess {

    static final String PATH = "/q/metrics";

    private final Optional<byte[]> expected;

    public MetricsAccess(PruneLabConfig config) {
        this.expected = config.metrics()
                .token()
                .filter(token -> !token.isBlank())
                .map(token -> ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8));
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 90);
    }

    void check(RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.equals(PATH) && !path.startsWith(PATH + "/")) {
            context.next();
            return;
        }
        if (expected.isEmpty()) {
            context.response().setStatusCode(404).end();
            return;
        }
        String sent = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (sent == null || !MessageDigest.isEqual(expected.get(), sent.getBytes(StandardCharsets.UTF_8))) {
            context.response()
                    .setStatusCode(401)
                    .putHeader("WWW-Authenticate", "Bearer realm=\"metrics\"")
                    .end();
            return;
        }
        context.next();
    }
}
