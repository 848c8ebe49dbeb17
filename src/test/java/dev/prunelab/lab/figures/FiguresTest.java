package dev.prunelab.lab.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.engine.metrics.WeightHistogram;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The figures the build drew from engine runs: present, well-formed, themeable, and their helpers correct. */
class FiguresTest {

    private static final Path FIGURES = Path.of("target", "classes", "figures");

    @Test
    void theBuildDrewEveryFigureAsWellFormedSvgWithoutFixedColours() throws Exception {
        List<Path> svgs;
        try (Stream<Path> files = Files.list(FIGURES)) {
            svgs = files.filter(p -> p.toString().endsWith(".svg")).toList();
        }
        assertThat(svgs).hasSizeGreaterThanOrEqualTo(10);
        for (Path svg : svgs) {
            String text = Files.readString(svg);
            DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            // colours come from css classes bound to the palette, so both themes read
            assertThat(text)
                    .as(svg.toString())
                    .doesNotContain("#")
                    .doesNotContain("rgb(")
                    .contains("viewBox=");
        }
        assertThat(Files.readString(FIGURES.resolve(FigureBuild.DIGEST_FILE.substring("figures/".length()))))
                .hasSize(64);
    }

    @Test
    void theDigestOfUnchangedInputsIsStable() throws Exception {
        Path classes = Path.of("target", "classes");
        assertThat(FigureBuild.digest(classes)).isEqualTo(FigureBuild.digest(classes));
    }

    @Test
    void theThresholdSplitsAHistogramAtTheAskedShare() {
        WeightHistogram h = new WeightHistogram(-1, 1, new long[] {10, 40, 40, 10}, 0);
        assertThat(Thresholds.magnitude(h, 0.8)).isCloseTo(0.5, Offset.offset(1e-9));
        assertThat(Thresholds.magnitude(h, 0.4)).isCloseTo(0.25, Offset.offset(1e-9));
    }

    @Test
    void heatLevelsMatchTheResultPage() {
        assertThat(List.of(0.5, -2.0, -10.0, -30.0, -80.0).stream()
                        .map(Heatmap::level)
                        .toList())
                .containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void theScheduleFigureUsesTheEngineSchedules() {
        String svg = Figures.scheduleCurves(0.9, 3, 100);
        assertThat(svg)
                .contains("cubic (Zhu and Gupta)")
                .contains("iterative, 3 rounds")
                .contains("fig-s3");
        // 101 samples of a formula per line: lines only, no point marks, a few kilobytes
        assertThat(svg).doesNotContain("<circle").hasSizeLessThan(8000);
    }
}
