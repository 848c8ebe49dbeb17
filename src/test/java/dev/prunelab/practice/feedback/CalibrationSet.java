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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The graded sample answers of {@code content/calibration/}: front matter {@code id}, {@code question},
 * {@code grades} (overall and per dimension, 0–4) and {@code notes}; the body is the answer.
 */
final class CalibrationSet {

    static final Path CONTENT = Path.of("content");

    /** Answers never used to tune the engine; their rank correlation is reported separately. */
    static final Set<String> HELD_OUT =
            Set.of("strong-practical-answer", "weak-vague", "evaluate-pruned-mediocre", "off-topic-attention");

    record Sample(String id, String question, Map<String, Double> grades, String answer) {
        double overall() {
            return grades.get("overall");
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

    static synchronized FeedbackEngine engine() {
        if (engine == null) {
            engine = new FeedbackEngine(catalog());
        }
        return engine;
    }

    static List<Sample> samples() {
        try (Stream<Path> files = Files.list(CONTENT.resolve("calibration"))) {
            return files.filter(f -> f.toString().endsWith(".md"))
                    .sorted()
                    .map(CalibrationSet::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sample sample(String id) {
        return samples().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Sample read(Path file) {
        try {
            String text = Files.readString(file);
            int end = text.indexOf("\n---", 4);
            Map<String, Object> front = new Yaml().load(text.substring(4, end));
            Map<String, Double> grades = new LinkedHashMap<>();
            ((Map<?, ?>) front.get("grades")).forEach((k, v) -> grades.put((String) k, ((Number) v).doubleValue()));
            return new Sample(
                    (String) front.get("id"),
                    (String) front.get("question"),
                    grades,
                    text.substring(text.indexOf('\n', end + 1) + 1).strip());
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
