package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.content.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/** How a debugging drill is loaded and checked: its file name, lessons, lab presets, sources and rubric. */
class DrillLoaderTest {

    private static final String DRILL_FILE = "content/drills/03-slow-model.md";
    private static final String DRILL = """
            ---
            id: slow-model
            title: The model is slow
            symptom: |
              "I pruned 80% and `model(x)` still takes 41 ms."
            prompt: What is going on?
            minutes: 3
            lessons:
              - basics#the-idea
            lab:
              - preset: tree-ccp
                shows: The effect.
            sources:
              - title: pytorch/pytorch issue 36214
                url: https://github.com/pytorch/pytorch/issues/36214
                shows: Pruning changed neither speed nor memory.
            ---
            ## What is happening

            The zeros are still multiplied; see [the idea](/learn/basics#the-idea).
            """;
    private static final String RUBRIC = """
            question: slow-model
            dimensions:
              - id: foundations
                name: Cause
                points:
                  - id: dense
                    text: Dense kernels multiply zeros.
                    paraphrases: [the zeros are still multiplied]
                    lesson: basics#the-idea
            """;

    private static ContentFile drill(String path, String text) {
        return new ContentFile(path, text);
    }

    private static ContentFile rubric() {
        return new ContentFile("content/rubrics/slow-model.yaml", RUBRIC);
    }

    @Test
    void aDrillLoadsWithItsNumberSymptomSourcesAndLabRuns() {
        ContentCatalog catalog = new ContentLoader(new MarkdownRenderer())
                .load(ContentLoaderTest.validSet(drill(DRILL_FILE, DRILL), rubric()));

        Drill loaded = catalog.drill("slow-model").orElseThrow();
        assertThat(loaded.number()).isEqualTo(3);
        assertThat(loaded.symptomHtml()).contains("<code>model(x)</code>");
        assertThat(loaded.symptomText()).contains("41 ms");
        assertThat(loaded.lab()).extracting(Drill.LabRun::href).containsExactly("/lab?preset=tree-ccp");
        assertThat(loaded.sources())
                .extracting(Drill.Source::url)
                .containsExactly("https://github.com/pytorch/pytorch/issues/36214");
        assertThat(loaded.lessons()).extracting(ContentLink::href).containsExactly("/learn/basics#the-idea");
        assertThat(loaded.headings()).extracting(h -> h.anchor()).containsExactly("what-is-happening");
        assertThat(catalog.rubric("slow-model")).isPresent();
    }

    @Test
    void referencesAreCheckedAndEachProblemNamesTheFile() {
        String broken = DRILL.replace("  - basics#the-idea", "  - basics#nowhere")
                .replace("preset: tree-ccp", "preset: no-such-preset")
                .replace("url: https://github.com", "url: http://github.com")
                .replace("(/learn/basics#the-idea)", "(/learn/missing)");

        assertThat(ContentLoaderTest.problems(ContentLoaderTest.validSet(drill(DRILL_FILE, broken), rubric())))
                .containsExactlyInAnyOrder(
                        DRILL_FILE
                                + " sources[1]: field 'url' must be an https:// address, got 'http://github.com/pytorch/pytorch/issues/36214'",
                        DRILL_FILE + ": lesson link links to unknown section '#nowhere' of lesson 'basics'",
                        DRILL_FILE + ": unknown lab preset 'no-such-preset' (see content/lab-presets.yaml)",
                        DRILL_FILE + ": link '/learn/missing' links to unknown lesson 'missing'");
    }

    @Test
    void aDrillNeedsARubricAndAFileNamedAfterItsId() {
        assertThat(ContentLoaderTest.problems(ContentLoaderTest.validSet(drill("content/drills/slow.md", DRILL))))
                .containsExactlyInAnyOrder(
                        "content/drills/slow.md: a drill's file must be named content/drills/NN-<id>.md with its id 'slow-model'",
                        "content/drills/slow.md: no rubric: add content/rubrics/slow-model.yaml");
    }

    @Test
    void aDrillIdMayNotRepeatAQuestionOrFollowUpId() {
        String clash = DRILL.replace("id: slow-model", "id: fu-cost");

        assertThat(ContentLoaderTest.problems(ContentLoaderTest.validSet(
                        drill("content/drills/03-fu-cost.md", clash),
                        new ContentFile("content/rubrics/fu-cost.yaml", RUBRIC.replace("slow-model", "fu-cost")))))
                .contains("content/drills/03-fu-cost.md: duplicate question, follow-up or drill id 'fu-cost'"
                        + " (also in content/questions/model-pruning.md)");
    }

    @Test
    void aSnapshotKeepsTheDrills() throws Exception {
        ContentCatalog catalog = new ContentLoader(new MarkdownRenderer())
                .load(ContentLoaderTest.validSet(drill(DRILL_FILE, DRILL), rubric()));

        assertThat(ContentCodecTest.roundTrip(catalog).drills()).isEqualTo(catalog.drills());
    }
}
