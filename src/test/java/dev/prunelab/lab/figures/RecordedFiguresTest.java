package dev.prunelab.lab.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transformer presets' figures come from the recorded file, which names its source. */
class RecordedFiguresTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void theRecordedFileNamesItsSourceAndHoldsEveryModelOfBothPresets() throws Exception {
        assertThat(Files.readString(CLASSES.resolve(RecordedFigures.FILE)))
                .contains("Source: src/site/markdown/minilm.md");
        List<RecordedFigures.Row> rows = RecordedFigures.read(CLASSES);
        assertThat(rows)
                .filteredOn(r -> r.preset().equals(RecordedFigures.ONE_SHOT))
                .hasSize(7);
        assertThat(rows)
                .filteredOn(r -> r.preset().equals(RecordedFigures.STRUCTURED))
                .hasSize(3);
    }

    @Test
    void theBuildDrewBothFiguresAndThumbnails() throws Exception {
        for (String id : List.of(RecordedFigures.ONE_SHOT, RecordedFigures.STRUCTURED)) {
            assertThat(CLASSES.resolve("figures/" + id + ".svg")).exists();
            assertThat(Files.readString(CLASSES.resolve("figures/thumb-" + id + ".svg")))
                    .contains("fig-thumb")
                    .doesNotContain("<text");
        }
        // SparseGPT's unstructured bar is the tallest of the one-shot figure: 90.0% cosine
        assertThat(Files.readString(CLASSES.resolve("figures/" + RecordedFigures.ONE_SHOT + ".svg")))
                .contains("SparseGPT");
    }
}
