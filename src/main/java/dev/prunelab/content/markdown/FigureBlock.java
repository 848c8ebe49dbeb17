package dev.prunelab.content.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A figure in content Markdown: a fenced block with the info string {@code figure}, one {@code key: value} per line.
 *
 * <pre>
 * ```figure
 * id: weight-histogram
 * alt: Histogram of the 10,000 weights of the trained digits MLP, a narrow bell around zero …
 * caption: Most weights sit near zero: the 80% threshold cuts …
 * explore: sparsity-slider
 * ```
 * </pre>
 *
 * {@code id} names an SVG the build draws from engine output ({@code figures/<id>.svg} on the classpath); {@code alt}
 * is what a screen reader says; {@code caption} says what to notice; the optional {@code explore} names an explorable
 * ({@code /js/explore/<name>.js}) that takes the figure's place when JavaScript runs, the figure staying as its
 * fallback.
 */
public record FigureBlock(String id, String alt, String caption, String explore) {

    /** The info string of a figure's fenced block. */
    public static final String INFO = "figure";

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,60}");

    /** A figure's block, or empty when a required key is missing or a name is not lowercase-with-dashes. */
    static Optional<FigureBlock> parse(String literal) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : literal.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                keys.put(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip());
            }
        }
        String id = keys.getOrDefault("id", "");
        String explore = keys.get("explore");
        if (!NAME.matcher(id).matches()
                || keys.getOrDefault("alt", "").isBlank()
                || keys.getOrDefault("caption", "").isBlank()
                || (explore != null && !NAME.matcher(explore).matches())) {
            return Optional.empty();
        }
        return Optional.of(new FigureBlock(id, keys.get("alt"), keys.get("caption"), explore));
    }

    /** Where the build puts the figures, as SVG documents, on the classpath. */
    public interface Source {
        Optional<String> svg(String id);

        /** The figures the build wrote beside the classes. */
        static Source classpath() {
            return id -> {
                try (InputStream in =
                        Thread.currentThread().getContextClassLoader().getResourceAsStream("figures/" + id + ".svg")) {
                    return in == null
                            ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }

        /** No figures: figure blocks stay code (answers learners write). */
        Source NONE = id -> Optional.empty();
    }
}
