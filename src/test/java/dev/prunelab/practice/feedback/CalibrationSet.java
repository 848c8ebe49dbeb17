package dev.prunelab.practice.feedback;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentLoader;
import dev.prunelab.content.ContentSource;
import dev.prunelab.content.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The graded answers under {@value #ROOT}: {@code tuning/} (used to tune the engine) and {@code held-out/} (never
 * tuned on; only their figures are read). Each file's front matter has {@code id}, {@code question} (card or
 * follow-up id), {@code category}, {@code grade} (0–10, by {@code GRADING.md}), {@code states} and
 * {@code refutes} (misconception ids) and {@code notes}; the body is the answer.
 */
final class CalibrationSet {

    static final Path CONTENT = Path.of("content");
    static final String ROOT = "src/test/resources/dev/prunelab/practice/feedback/calibration";

    /** One graded answer. */
    record Sample(
            String id,
            String question,
            String category,
            int grade,
            List<String> states,
            List<String> refutes,
            String answer,
            boolean heldOut) {

        /** The grade on the engine's 0–4 scale. */
        double target() {
            return grade / 2.5;
        }
    }

    private static ContentCatalog catalog;
    private static FeedbackEngine engine;

    static synchronized ContentCatalog catalog() {
        if (catalog == null) {
            catalog = new ContentLoader(new MarkdownRenderer()).load(ContentSource.fromDirectory(CONTENT));
        }
        return catalog;
    }

    private static Meaning meaning;

    static synchronized Meaning meaning() {
        if (meaning == null) {
            meaning = Boolean.getBoolean("lexical") ? Meaning.NONE : EncoderMeaning.load();
        }
        return meaning;
    }

    static synchronized FeedbackEngine engine() {
        if (engine == null) {
            engine = new FeedbackEngine(catalog(), meaning());
        }
        return engine;
    }

    /** The tuning answers. */
    static List<Sample> tuning() {
        return read("tuning", false);
    }

    /** The held-out answers: for figures only, never for tuning. */
    static List<Sample> heldOut() {
        return read("held-out", true);
    }

    /**
     * The blind answers: written and graded after the engine's design was fixed, by someone who never saw the engine
     * or its scores; nobody looks at their scores while changing the engine. Empty when the folder is missing.
     */
    static List<Sample> blind() {
        return Files.isDirectory(Path.of(ROOT, "blind")) ? read("blind", true) : List.of();
    }

    static List<Sample> all() {
        return Stream.concat(tuning().stream(), heldOut().stream()).toList();
    }

    static Sample sample(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Sample> read(String part, boolean heldOut) {
        try (Stream<Path> files = Files.walk(Path.of(ROOT, part))) {
            return files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md"))
                    .sorted()
                    .map(f -> read(f, heldOut))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Sample read(Path file, boolean heldOut) {
        try {
            String text = Files.readString(file);
            int end = text.indexOf("\n---", 4);
            Map<String, Object> front = new Yaml().load(text.substring(4, end));
            return new Sample(
                    (String) front.get("id"),
                    (String) front.get("question"),
                    (String) front.get("category"),
                    ((Number) front.get("grade")).intValue(),
                    List.copyOf((List<String>) front.getOrDefault("states", List.of())),
                    List.copyOf((List<String>) front.getOrDefault("refutes", List.of())),
                    text.substring(text.indexOf('\n', end + 1) + 1).strip(),
                    heldOut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spearman's rank correlation, with average ranks for ties. */
    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x), ry = ranks(y);
        double mx = mean(rx), my = mean(ry), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] values) {
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int below = 0, equal = 0;
            for (double v : values) {
                below += v < values[i] ? 1 : 0;
                equal += v == values[i] ? 1 : 0;
            }
            ranks[i] = below + (equal + 1) / 2.0;
        }
        return ranks;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }
}
