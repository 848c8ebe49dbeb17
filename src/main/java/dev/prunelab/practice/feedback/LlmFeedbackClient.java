package dev.prunelab.practice.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks an OpenAI-compatible chat-completions endpoint for short interviewer notes on an answer. The notes are
 * shown beside the deterministic feedback, never instead of it, so this client never throws: when it is off,
 * or the call fails, times out, returns a non-2xx status or a body without a message, the result is empty.
 * Thread-safe.
 *
 * <pre>{@code
 * var client = new LlmFeedbackClient(new LlmConfig(true, URI.create("https://llm.example/v1"), "small-model", key, Duration.ofSeconds(8)));
 * client.notes(card.prompt(), answer).ifPresent(notes -> ...);
 * }</pre>
 */
public final class LlmFeedbackClient {

    private static final System.Logger LOG = System.getLogger(LlmFeedbackClient.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INSTRUCTIONS = "You are an experienced machine-learning interviewer. In at most 120 words, "
            + "give the candidate specific, constructive notes on their answer: what was strong, what was missing "
            + "or wrong, and what to study next. Do not give a numeric score.";

    private final LlmConfig config;
    private final HttpClient http;

    public LlmFeedbackClient(LlmConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /**
     * Notes on one answer, or empty when the client is off or the endpoint does not answer properly in time.
     *
     * @param question the question as asked
     * @param answer   the candidate's answer
     */
    public Optional<String> notes(String question, String answer) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(config.chatCompletions())
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body(question, answer))));
            if (!config.apiKey().isEmpty()) {
                request.header("Authorization", "Bearer " + config.apiKey());
            }
            // The request timeout covers only the wait for headers; the deadline here covers the whole exchange.
            CompletableFuture<HttpResponse<String>> call =
                    http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> response;
            try {
                response = call.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                call.cancel(true);
                LOG.log(
                        System.Logger.Level.WARNING,
                        "LLM feedback timed out after {0}; using the deterministic notes only",
                        config.timeout());
                return Optional.empty();
            }
            if (response.statusCode() / 100 != 2) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "LLM feedback: HTTP {0}; using the deterministic notes only",
                        response.statusCode());
                return Optional.empty();
            }
            JsonNode content = JSON.readTree(response.body())
                    .path("choices")
                    .path(0)
                    .path("message")
                    .path("content");
            return content.isTextual() && !content.asText().isBlank()
                    ? Optional.of(content.asText().strip())
                    : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "LLM feedback failed ({0}); using the deterministic notes only",
                    e.toString());
            return Optional.empty();
        }
    }

    private Map<String, Object> body(String question, String answer) {
        return Map.of(
                "model",
                config.model(),
                "temperature",
                0.2,
                "messages",
                List.of(
                        Map.of("role", "system", "content", INSTRUCTIONS),
                        Map.of("role", "user", "content", "Question: " + question + "\n\nAnswer:\n" + answer)));
    }
}
