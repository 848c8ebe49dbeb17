package dev.prunelab.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * JSON in and out of the app's own text: columns that hold JSON, data exports and the data pages embed for their
 * scripts. It uses the REST layer's mapper, so a value reads and writes here exactly as in an API response (ISO dates,
 * {@code Optional}s unwrapped). A value the app wrote itself that does not read back is a bug, so those failures are
 * unchecked.
 */
@ApplicationScoped
public class Json {

    private final ObjectMapper mapper;

    public Json(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The JSON text of a value (records, maps, lists). */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String text, Class<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String text, TypeReference<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree of a text that may be JSON (a stored detail written by an older version); empty if it is not. */
    public Optional<JsonNode> tree(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * A stored JSON column as a data export shows it: the JSON itself rather than a string of it, the text as it is
     * when it is not JSON, null for null.
     */
    public Object stored(String text) {
        if (text == null) {
            return null;
        }
        return tree(text).<Object>map(node -> node).orElse(text);
    }

    /**
     * JSON text safe inside a {@code <script type="application/json">} element: {@code <}, {@code >} and {@code &} as
     * Unicode escapes, so no value can end the element or open another.
     */
    public String scriptSafe(Object value) {
        return write(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
