package dev.prunelab.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The YAML front matter of a Markdown file and typed access to its fields.
 *
 * <p>A file with front matter starts with a line {@code ---}, then YAML, then another line {@code ---}; the rest is
 * the Markdown body. Every accessor records a problem naming the file and the field instead of throwing, so the
 * loader can report every problem of every file in one go.
 */
final class FrontMatter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String path;
    private final Map<String, Object> fields;
    private final String body;
    private final ContentProblems problems;

    private FrontMatter(String path, Map<String, Object> fields, String body, ContentProblems problems) {
        this.path = path;
        this.fields = fields;
        this.body = body;
        this.problems = problems;
    }

    /** Splits a Markdown file into front matter and body; records a problem (and returns empty) if it has none. */
    static Optional<FrontMatter> ofMarkdown(ContentFile file, ContentProblems problems) {
        String text = file.text().replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("---\n")) {
            problems.add(file.path(), "missing front matter: the file must start with a line '---'");
            return Optional.empty();
        }
        int end = text.indexOf("\n---", 3);
        while (end >= 0 && !isLineEnd(text, end + 4)) {
            end = text.indexOf("\n---", end + 4);
        }
        if (end < 0) {
            problems.add(file.path(), "front matter is not closed: add a line '---' after the YAML");
            return Optional.empty();
        }
        String yaml = text.substring(4, end + 1);
        String body = text.substring(Math.min(text.length(), end + 5));
        return parseYaml(file.path(), yaml, problems).map(map -> new FrontMatter(file.path(), map, body, problems));
    }

    /** Reads a whole YAML file as fields (no body). */
    static Optional<FrontMatter> ofYaml(ContentFile file, ContentProblems problems) {
        return parseYaml(file.path(), file.text(), problems)
                .map(map -> new FrontMatter(file.path(), map, "", problems));
    }

    private static boolean isLineEnd(String text, int index) {
        return index >= text.length() || text.charAt(index) == '\n';
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> parseYaml(String path, String yaml, ContentProblems problems) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (parsed instanceof Map<?, ?> map) {
                return Optional.of((Map<String, Object>) map);
            }
            problems.add(path, "front matter must be a YAML mapping of field: value");
        } catch (YAMLException e) {
            problems.add(
                    path, "invalid YAML: " + e.getMessage().lines().findFirst().orElse("parse error"));
        }
        return Optional.empty();
    }

    static FrontMatter of(String path, Map<String, Object> fields, ContentProblems problems) {
        return new FrontMatter(path, fields, "", problems);
    }

    String path() {
        return path;
    }

    String body() {
        return body;
    }

    boolean has(String field) {
        return fields.get(field) != null;
    }

    /** A required non-blank string. */
    String string(String field) {
        Object value = fields.get(field);
        if (value == null || value.toString().isBlank()) {
            problems.add(path, "missing required field '" + field + "'");
            return "";
        }
        if (value instanceof Map || value instanceof List) {
            problems.add(
                    path, "field '" + field + "' must be text, got a " + (value instanceof Map ? "mapping" : "list"));
            return "";
        }
        return value.toString().strip();
    }

    String optionalString(String field, String fallback) {
        return has(field) ? string(field) : fallback;
    }

    /** A required integer within [min, max]. */
    int integer(String field, int min, int max) {
        Object value = fields.get(field);
        if (value == null) {
            problems.add(path, "missing required field '" + field + "'");
            return min;
        }
        if (!(value instanceof Integer number) || number < min || number > max) {
            problems.add(
                    path,
                    "field '" + field + "' must be a whole number from " + min + " to " + max + ", got '" + value
                            + "'");
            return min;
        }
        return number;
    }

    /** A required number (integer or decimal). */
    double number(String field) {
        Object value = fields.get(field);
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        problems.add(
                path,
                value == null
                        ? "missing required field '" + field + "'"
                        : "field '" + field + "' must be a number, got '" + value + "'");
        return 0;
    }

    /** An optional true/false field. */
    boolean flag(String field) {
        Object value = fields.get(field);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        problems.add(path, "field '" + field + "' must be true or false, got '" + value + "'");
        return false;
    }

    /** An optional integer within [min, max], or the fallback when absent. */
    int optionalInteger(String field, int min, int max, int fallback) {
        return has(field) ? integer(field, min, max) : fallback;
    }

    /** A list of strings; missing means empty unless required. */
    List<String> strings(String field, boolean required) {
        List<String> strings = new ArrayList<>();
        for (Object item : list(field, required)) {
            if (item == null
                    || item instanceof Map
                    || item instanceof List
                    || item.toString().isBlank()) {
                problems.add(path, "field '" + field + "' must contain only non-empty text items, got '" + item + "'");
            } else {
                strings.add(item.toString().strip());
            }
        }
        return emptyChecked(field, required, strings);
    }

    /**
     * An optional mapping as JSON text ({@code {}} when missing), for settings another feature reads with its own
     * types (a lab preset's experiment).
     */
    String mappingAsJson(String field) {
        Object value = fields.get(field);
        if (value != null && !(value instanceof Map)) {
            problems.add(path, "field '" + field + "' must be a mapping of field: value, got '" + value + "'");
            return "{}";
        }
        try {
            return JSON.writeValueAsString(value == null ? Map.of() : value);
        } catch (JsonProcessingException e) {
            problems.add(path, "field '" + field + "' cannot be written as JSON: " + e.getOriginalMessage());
            return "{}";
        }
    }

    /** A list of mappings, each given back as a FrontMatter of its own (messages name the item). */
    @SuppressWarnings("unchecked")
    List<FrontMatter> objects(String field, boolean required) {
        List<?> list = list(field, required);
        List<FrontMatter> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String itemPath = path + " " + field + "[" + (i + 1) + "]";
            if (item instanceof Map<?, ?> map) {
                items.add(new FrontMatter(itemPath, (Map<String, Object>) map, "", problems));
            } else {
                problems.add(itemPath, "must be a mapping of field: value, got '" + item + "'");
            }
        }
        return emptyChecked(field, required, items);
    }

    /** The raw list in a field: empty (with a problem if required) when missing or not a list. */
    private List<?> list(String field, boolean required) {
        Object value = fields.get(field);
        if (value == null) {
            if (required) {
                problems.add(path, "missing required field '" + field + "' (a list)");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(path, "field '" + field + "' must be a list, got '" + value + "'");
            return List.of();
        }
        return list;
    }

    private <T> List<T> emptyChecked(String field, boolean required, List<T> items) {
        if (required && items.isEmpty() && fields.get(field) instanceof List) {
            problems.add(path, "field '" + field + "' must not be empty");
        }
        return List.copyOf(items);
    }

    /** Records a problem about this file (or list item). */
    void problem(String message) {
        problems.add(path, message);
    }
}
