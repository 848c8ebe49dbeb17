package dev.prunelab.practice.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM client against a local stub of an OpenAI-compatible endpoint. */
class LlmFeedbackClientTest {

    private static final String NOTES = "Good mechanism; add a small dense baseline.";
    private static final String VALID =
            "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"" + NOTES + "\"}}]}";
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<String> lastBody = new AtomicReference<>();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String response = VALID;
    private volatile long delayMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        } finally {
            exchange.close();
        }
    }

    private LlmFeedbackClient client(boolean enabled, Duration timeout) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
        return new LlmFeedbackClient(new LlmConfig(enabled, base, "stub-model", "secret", timeout));
    }

    @Test
    void whenOnItReturnsTheModelsNotes() {
        assertThat(client(true, Duration.ofSeconds(5)).notes("Describe model pruning.", "Pruning removes weights."))
                .contains(NOTES);
        assertThat(lastBody.get())
                .contains("\"model\":\"stub-model\"", "Describe model pruning.", "Pruning removes weights.");
        assertThat(lastAuthorization.get()).isEqualTo("Bearer secret");
    }

    @Test
    void whenOffItMakesNoCall() {
        assertThat(client(false, Duration.ofSeconds(5)).notes("q", "a")).isEmpty();
        assertThat(LlmConfig.off().enabled()).isFalse();
        assertThat(calls.get()).isZero();
    }

    @Test
    void aServerErrorFallsBackToNothing() {
        status = 500;
        response = "{\"error\":\"boom\"}";
        assertThat(client(true, Duration.ofSeconds(5)).notes("q", "a")).isEmpty();
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void aSlowServerTimesOutQuietly() {
        status = 500;
        client(true, SHORT_TIMEOUT).notes("q", "a"); // the first warning initialises logging, which is slow
        status = 200;
        delayMillis = 1_500;
        long start = System.nanoTime();
        assertThat(client(true, SHORT_TIMEOUT).notes("q", "a")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_200));
    }

    @Test
    void malformedOrEmptyReplyFallsBackToNothing() {
        response = "{\"choices\": [ {\"message\": ";
        assertThat(client(true, Duration.ofSeconds(5)).notes("q", "a")).isEmpty();
        response = "{\"choices\": []}";
        assertThat(client(true, Duration.ofSeconds(5)).notes("q", "a")).isEmpty();
        response = "not json at all";
        assertThat(client(true, Duration.ofSeconds(5)).notes("q", "a")).isEmpty();
    }

    @Test
    void anUnreachableEndpointFallsBackToNothing() throws IOException {
        int port = server.getAddress().getPort();
        server.stop(0);
        var config = new LlmConfig(true, URI.create("http://127.0.0.1:" + port + "/v1"), "m", "", SHORT_TIMEOUT);
        assertThat(new LlmFeedbackClient(config).notes("q", "a")).isEmpty();
        start();
    }
}
