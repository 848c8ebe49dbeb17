package dev.prunelab.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Refuses every unsafe request (POST, PUT, PATCH, DELETE) with 503 and a clear message while the disk is low
 * ({@link DiskSpace}), before any of it is read or written: reading pages goes on, and what is stored stays whole.
 */
@ApplicationScoped
public class DiskGuard {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** Freeing disk is an operator's job; ask for a retry in minutes, not seconds. */
    private static final long RETRY_AFTER_SECONDS = 300;

    private final DiskSpace disk;
    private final ObjectMapper json;

    public DiskGuard(DiskSpace disk, ObjectMapper json) {
        this.disk = disk;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 90);
    }

    void check(RoutingContext context) {
        if (SAFE.contains(context.request().method()) || !disk.low()) {
            context.next();
            return;
        }
        String detail = "The server is low on disk space (" + DiskSpace.spoken(disk.free()) + " free, "
                + DiskSpace.spoken(disk.minFree()) + " needed), so nothing can be saved just now; what you have"
                + " saved is safe. Please try again later.";
        boolean api = ErrorMapper.isApi(context.request());
        context.response()
                .setStatusCode(503)
                .putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .putHeader("Content-Type", api ? Problem.MEDIA_TYPE : "text/html;charset=UTF-8")
                .end(api ? problem(detail, context.request().path()) : page(detail));
    }

    private String problem(String detail, String path) {
        try {
            return json.writeValueAsString(Problem.of(503, "Service Unavailable", detail, path));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serialises", e);
        }
    }

    /**
     * A page of its own rather than the layout's error page: the layout asks who is signed in, which a filter running
     * before the request's beans exist cannot answer. The detail is the app's own text, with nothing from the request.
     */
    private static String page(String detail) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Service Unavailable · PruneLab</title>
                <link rel="stylesheet" href="/css/app.css"></head>
                <body><main class="panel"><h1>Service Unavailable</h1><p>%s</p><p><a href="/">Back to PruneLab</a></p>
                </main></body></html>
                """.formatted(detail);
    }
}
