package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.content.markdown.MarkdownRenderer;
import dev.prunelab.content.markdown.RenderedMarkdown.Heading;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ten debugging drills in content/drills: each a reported symptom, a graded diagnosis, sources and a lab run. */
class DrillsCurriculumTest {

    static final List<String> DRILL_IDS = List.of(
            "not-faster",
            "file-not-smaller",
            "two-four-no-speedup",
            "accuracy-collapse",
            "global-threshold-empty-layer",
            "coupled-layers",
            "state-dict-mismatch",
            "custom-layers",
            "weights-come-back",
            "attention-heads");

    static ContentCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = new ContentLoader(new MarkdownRenderer()).load(ContentSource.fromDirectory(CurriculumTest.CONTENT));
    }

    @Test
    void theTenDrillsAreNumberedInOrder() {
        assertThat(catalog.drills()).extracting(Drill::id).containsExactlyElementsOf(DRILL_IDS);
        assertThat(catalog.drills()).extracting(Drill::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void everyDrillReportsNumbersAndExplainsWithSourcesAndALabRun() {
        for (Drill drill : catalog.drills()) {
            assertThat(drill.symptomText())
                    .as("numbers in the symptom of %s", drill.id())
                    .containsPattern("\\d+");
            assertThat(drill.headings())
                    .extracting(Heading::text)
                    .as("sections of %s", drill.path())
                    .contains("What is happening", "What to do", "How to check the fix", "In the lab");
            assertThat(drill.sources())
                    .as("sources of %s", drill.id())
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(s -> assertThat(s.url()).startsWith("https://github.com/"));
            assertThat(drill.lab()).as("lab runs of %s", drill.id()).isNotEmpty();
            assertThat(drill.lessons()).as("lessons of %s", drill.id()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyDrillIsGradedByARubricWithMisconceptions() {
        for (Drill drill : catalog.drills()) {
            Rubric rubric = catalog.rubric(drill.id()).orElseThrow();
            assertThat(rubric.dimensions())
                    .as("dimensions of %s", rubric.path())
                    .hasSizeGreaterThanOrEqualTo(3)
                    .extracting(Rubric.Dimension::id)
                    .contains("foundations", "implementation", "communication");
            assertThat(rubric.dimensions().stream()
                            .mapToLong(d -> d.misconceptions().size())
                            .sum())
                    .as("misconceptions in %s", rubric.path())
                    .isGreaterThanOrEqualTo(2);
        }
    }
}
