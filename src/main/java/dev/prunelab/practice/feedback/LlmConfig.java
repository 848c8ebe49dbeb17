package dev.prunelab.practice.feedback;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the optional external LLM that writes extra feedback notes (off by default).
 *
 * @param enabled whether to call it at all
 * @param baseUrl an OpenAI-compatible API base, e.g. {@code https://llm.example/v1}; requests go to
 *                {@code <baseUrl>/chat/completions}
 * @param model   the model name sent with each request
 * @param apiKey  sent as a bearer token; empty for none
 * @param timeout the most one call may take, connection included
 */
public record LlmConfig(boolean enabled, URI baseUrl, String model, String apiKey, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public LlmConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        apiKey = apiKey == null ? "" : apiKey;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout: " + timeout + "; must be positive");
        }
    }

    /** The default: no external calls. */
    public static LlmConfig off() {
        return new LlmConfig(false, URI.create("http://localhost/v1"), "none", "", DEFAULT_TIMEOUT);
    }

    URI chatCompletions() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }
}
