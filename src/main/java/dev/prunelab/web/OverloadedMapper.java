package dev.prunelab.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers {@link Overloaded}: its status with Retry-After, problem+json under {@code /api}, an error page elsewhere. */
public class OverloadedMapper {

    @ServerExceptionMapper
    public Response overloaded(Overloaded e, HttpServerRequest request) {
        return Response.fromResponse(ErrorMapper.respond(request, e.status(), e.title(), e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }
}
