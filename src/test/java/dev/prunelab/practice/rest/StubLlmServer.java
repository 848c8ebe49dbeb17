package dev.prunelab.practice.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A local stand-in for an OpenAI-compatible chat-completions endpoint, started for {@link LlmNotesTest}. Tests pick
 * its behaviour with {@link #mode}: answer with {@link #NOTES}, fail with HTTP 500, or answer too late.
 */
public class StubLlmServer implements QuarkusTestResourceLifecycleManager {

    public enum Mode {
        ANSWER,
        FAIL,
        SLOW
    }

    static final String NOTES = "Clear mechanism. Add a small dense baseline and measure latency on the target GPU.";
    static final long SLOW_MILLIS = 3_000;
    static final String TIMEOUT = "500ms";
    static final int ANONYMOUS_REQUESTS = 3;

    static volatile Mode mode = Mode.ANSWER;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", StubLlmServer::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return Map.of(
                "prunelab.practice.llm.base-url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
                "prunelab.practice.llm.model",
                "stub-model",
                "prunelab.practice.llm.timeout",
                TIMEOUT,
                "prunelab.practice.feedback-requests",
                String.valueOf(ANONYMOUS_REQUESTS),
                "prunelab.practice.feedback-window",
                "10m");
    }

    private static void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        Mode now = mode;
        if (now == Mode.SLOW) {
            try {
                Thread.sleep(SLOW_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = now == Mode.FAIL ? 500 : 200;
        String body = now == Mode.FAIL
                ? "{\"error\":\"overloaded\"}"
                : "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"" + NOTES + "\"}}]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the app gave up waiting and closed the connection
        } finally {
            exchange.close();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
