package dev.prunelab.lab.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of the transformer presets, drawn from the figures recorded in {@code recorded/transformer-presets.csv}
 * (with their source) because the presets take a minute, too long for every build. They give the presets' cards on
 * {@code /lab} thumbnails of their own.
 */
final class RecordedFigures {

    static final String FILE = "recorded/transformer-presets.csv";
    static final String ONE_SHOT = "transformer-one-shot";
    static final String STRUCTURED = "transformer-structured";
    private static final double[] PERCENT_TICKS = {0, 20, 40, 60, 80, 100};

    /** One row of the recorded file. */
    record Row(String preset, String model, String pattern, double recall5, double cosine, double encodeMs) {}

    private RecordedFigures() {}

    static List<Row> read(Path classes) throws IOException {
        return Files.readAllLines(classes.resolve(FILE), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("preset,"))
                .map(line -> line.split(",", -1))
                .map(f -> new Row(
                        f[0],
                        f[1],
                        f[2],
                        Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]),
                        f[5].isEmpty() ? Double.NaN : Double.parseDouble(f[5])))
                .toList();
    }

    static Map<String, String> draw(List<Row> rows) {
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put(ONE_SHOT, oneShot(rows));
        svgs.put(STRUCTURED, structured(rows));
        return svgs;
    }

    /** Mean cosine to the dense embeddings by method, unstructured and 2:4 side by side. */
    static String oneShot(List<Row> rows) {
        List<String> methods = List.of("magnitude", "Wanda", "SparseGPT");
        Plot plot = new Plot(0, 3, 0, 100)
                .axes(new double[] {}, "magnitude, Wanda, SparseGPT at 50%", PERCENT_TICKS, "cosine to dense (%)");
        for (int m = 0; m < methods.size(); m++) {
            for (String pattern : List.of("unstructured", "2:4")) {
                Row row = find(rows, ONE_SHOT, methods.get(m), pattern);
                boolean nm = pattern.equals("2:4");
                plot.bar(m + (nm ? 0.68 : 0.32), 0.34, 100 * row.cosine(), nm ? "fig-s2" : "fig-s1");
            }
            plot.label(m + 0.5, 4, methods.get(m), "middle");
        }
        return plot.legend("unstructured", "fig-s1").legend("2:4", "fig-s2").svg();
    }

    /** Encode time and recall@5 as shares of the dense model's, by share of heads and neurons removed. */
    static String structured(List<Row> rows) {
        List<Row> models =
                rows.stream().filter(r -> r.preset().equals(STRUCTURED)).toList();
        Row dense = models.get(0);
        Plot plot = new Plot(0, models.size(), 0, 100)
                .axes(new double[] {}, "heads and FFN neurons removed", PERCENT_TICKS, "share of dense (%)");
        for (int i = 0; i < models.size(); i++) {
            Row row = models.get(i);
            plot.bar(i + 0.32, 0.34, 100 * row.encodeMs() / dense.encodeMs(), "fig-s1");
            plot.bar(i + 0.68, 0.34, 100 * row.recall5() / dense.recall5(), "fig-s2");
            plot.label(i + 0.5, 4, row.model(), "middle");
        }
        return plot.legend("encode time", "fig-s1").legend("recall@5", "fig-s2").svg();
    }

    private static Row find(List<Row> rows, String preset, String model, String pattern) {
        return rows.stream()
                .filter(r -> r.preset().equals(preset)
                        && r.model().equals(model)
                        && r.pattern().equals(pattern))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException(FILE + " has no row " + preset + " " + model + " " + pattern));
    }
}
