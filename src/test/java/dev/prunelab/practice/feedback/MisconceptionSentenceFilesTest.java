package dev.prunelab.practice.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentLoader;
import dev.prunelab.content.ContentSource;
import dev.prunelab.content.Rubric;
import dev.prunelab.content.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The misconception test sentences under {@code calibration/misconceptions/}: one file per question or follow-up, named
 * after it, covering every misconception of its rubric with five sentences that state it, five that refute it and three
 * true sentences on the same topic.
 */
class MisconceptionSentenceFilesTest {

    static final Path DIR = Path.of("src/test/resources/dev/prunelab/practice/feedback/calibration/misconceptions");

    @Test
    @SuppressWarnings("unchecked")
    void everyFileCoversItsRubricsMisconceptionsWithFiveFiveAndThreeSentences() throws IOException {
        ContentCatalog catalog =
                new ContentLoader(new MarkdownRenderer()).load(ContentSource.fromDirectory(Path.of("content")));
        List<Path> files;
        try (Stream<Path> listed = Files.list(DIR)) {
            files = listed.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Map<String, Object> doc = new Yaml().load(Files.readString(file));
            String question = (String) doc.get("question");
            assertThat(file.getFileName().toString()).isEqualTo(question + ".yaml");
            Rubric rubric = catalog.rubric(question)
                    .orElseThrow(() -> new AssertionError(file + ": no rubric for '" + question + "'"));
            List<String> expected = rubric.dimensions().stream()
                    .flatMap(d -> d.misconceptions().stream())
                    .map(Rubric.Misconception::id)
                    .toList();
            List<Map<String, Object>> misconceptions = (List<Map<String, Object>>) doc.get("misconceptions");
            assertThat(misconceptions)
                    .as("misconceptions in %s", file)
                    .extracting(m -> (String) m.get("id"))
                    .containsExactlyInAnyOrderElementsOf(expected);
            for (Map<String, Object> m : misconceptions) {
                assertThat((List<String>) m.get("states"))
                        .as("states of %s", m.get("id"))
                        .hasSize(5);
                assertThat((List<String>) m.get("refutes"))
                        .as("refutes of %s", m.get("id"))
                        .hasSize(5);
                assertThat((List<String>) m.get("neutral"))
                        .as("neutral of %s", m.get("id"))
                        .hasSize(3);
            }
        }
    }
}
