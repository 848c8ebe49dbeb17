package dev.prunelab.lab.figures;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.run.ExperimentRunner;
import dev.prunelab.lab.run.RunContext;
import dev.prunelab.lab.spec.ExperimentRequest;
import dev.prunelab.lab.spec.Presets;
import dev.prunelab.lab.spec.SpecResolver;
import dev.prunelab.lab.spec.SpecRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build step that draws the lessons' figures from real engine runs (Maven's process-classes phase, before the
 * content snapshot renders the lessons that inline them). It runs a few small fixed-seed {@link Workloads workloads}
 * through the lab's own {@link ExperimentRunner}, then writes {@code figures/<id>.svg} beside the classes and the
 * explorables' data as {@code META-INF/resources/explore/<name>.json}.
 *
 * <p>Its inputs are the compiled engine and lab runner, the workloads and the bundled data sets; their SHA-256 is kept
 * in {@code figures/inputs.sha256}, and a build whose inputs did not change skips the runs.
 *
 * <p>Arguments: the classes directory.
 */
public final class FigureBuild {

    static final String DIGEST_FILE = "figures/inputs.sha256";
    /** The N:M builder's data: a real row of trained weights. */
    static final String NM_ROW = "row";

    static final ObjectMapper JSON = new ObjectMapper();
    private static final SpecRules.Budget BUDGET = new SpecRules.Budget(30, 512, 10000);

    private FigureBuild() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        String digest = digest(classes);
        Path digestFile = classes.resolve(DIGEST_FILE);
        if (Files.exists(digestFile) && Files.readString(digestFile).strip().equals(digest)) {
            System.out.println("[figures] inputs unchanged, figures kept");
            return;
        }
        long start = System.nanoTime();
        Map<String, ExperimentResult> results = new LinkedHashMap<>();
        Workloads.ALL.forEach((name, request) -> results.put(name, run(request)));
        TrainedRow row = TrainedRow.digits();
        Drawn drawn = Figures.draw(results, row);
        drawn.svgs().putAll(LessonFigures.draw(results));
        Path figures = classes.resolve("figures");
        Path data = classes.resolve("META-INF/resources/explore");
        Files.createDirectories(figures);
        Files.createDirectories(data);
        drawn.svgs().forEach((id, svg) -> writeFigure(figures, id, svg));
        for (Map.Entry<String, ExperimentResult> json : drawn.data().entrySet()) {
            Files.writeString(
                    data.resolve(json.getKey() + ".json"),
                    JSON.writeValueAsString(json.getValue()),
                    StandardCharsets.UTF_8);
        }
        Files.writeString(data.resolve(NM_ROW + ".json"), JSON.writeValueAsString(row));
        ExplorableDigits.fit().writeExplorables(figures, data);
        TreeSteps.write(results.get(Workloads.TREE), data);
        RecordedFigures.draw(RecordedFigures.read(classes)).forEach((id, svg) -> writeFigure(figures, id, svg));
        Files.writeString(digestFile, digest);
        System.out.printf(
                "[figures] %d figures and %d data files from %d engine runs in %.1f s%n",
                drawn.svgs().size(), drawn.data().size(), results.size(), (System.nanoTime() - start) / 1e9);
    }

    /** A figure's thumbnail (a lab preset card's picture) is the figure without its text and point marks. */
    static final String THUMBNAIL_PREFIX = "thumb-";

    /** Writes a figure and its thumbnail. */
    static void writeFigure(Path figures, String id, String svg) {
        try {
            Files.writeString(figures.resolve(id + ".svg"), svg, StandardCharsets.UTF_8);
            Files.writeString(figures.resolve(THUMBNAIL_PREFIX + id + ".svg"), thumbnail(svg), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String thumbnail(String svg) {
        return svg.replaceAll("<text[^>]*>[^<]*</text>", "")
                .replaceAll("<circle[^>]*/>", "")
                .replace("class=\"fig\"", "class=\"fig fig-thumb\"");
    }

    /** What the build writes: SVG documents by figure id, explorable data by name. */
    record Drawn(Map<String, String> svgs, Map<String, ExperimentResult> data) {}

    static ExperimentResult run(String request) {
        try {
            ExperimentRequest parsed = JSON.readValue(request, ExperimentRequest.class);
            return ExperimentRunner.run(
                    SpecResolver.resolve(parsed, Presets.of(List.of()), BUDGET).orThrow(), RunContext.silent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over the workloads and every class and data file the runs depend on. */
    static String digest(Path classes) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Workloads.ALL.toString().getBytes(StandardCharsets.UTF_8));
            for (String dir : List.of("dev/prunelab/engine", "dev/prunelab/lab", "content/datasets", "recorded")) {
                Path root = classes.resolve(dir);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(classes.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
