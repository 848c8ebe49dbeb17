package dev.prunelab.lab.rest;

import dev.prunelab.lab.LabFullException;
import dev.prunelab.web.ErrorMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A full lab queue or a used-up anonymous allowance: 429 Too Many Requests with Retry-After. */
public class LabErrors {

    @ServerExceptionMapper
    public Response full(LabFullException e, HttpServerRequest request) {
        return Response.fromResponse(ErrorMapper.respond(request, 429, "Too Many Requests", e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }
}
