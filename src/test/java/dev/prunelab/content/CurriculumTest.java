package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.content.markdown.MarkdownRenderer;
import dev.prunelab.content.markdown.RenderedMarkdown.Heading;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curriculum in content/ as a whole: what issue 3 promises a learner, checked file by file. */
class CurriculumTest {

    static final Path CONTENT = Path.of("content");
    static final Set<String> PRESET_IDS = Set.of(
            "magnitude-vs-random",
            "global-vs-layerwise",
            "schedules",
            "lottery-ticket",
            "structured-neurons",
            "n-m-sparsity",
            "snip-vs-magnitude",
            "per-class-damage",
            "tree-ccp",
            "decision-boundary",
            "transformer-one-shot",
            "transformer-structured");
    static final List<String> REQUIRED_FOLLOW_UPS =
            List.of("fu-regularization", "fu-cost-at-scale", "fu-explain-stakeholder", "fu-reproducibility");

    static ContentCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = new ContentLoader(MarkdownRenderer.shared()).load(ContentSource.fromDirectory(CONTENT));
    }

    @Test
    void pruningTrackHasFifteenFullLessons() {
        List<Lesson> pruning = catalog.lessons(Lesson.Track.PRUNING);
        assertThat(pruning).hasSizeGreaterThanOrEqualTo(15);
        for (Lesson lesson : pruning) {
            assertThat(lesson.words()).as("words in %s", lesson.path()).isBetween(800, 2500);
            assertSections(lesson, "Worked example", "Pitfalls", "In an interview, say", "Try it in the lab");
            assertThat(lesson.html())
                    .as("%s points into the lab", lesson.path())
                    .contains("href=\"/lab/presets/");
            assertThat(lesson.html()).as("%s has math", lesson.path()).contains("class=\"math ");
        }
    }

    @Test
    void supportingLessonsCoverWhatTheQuestionCardRelatesTo() {
        assertThat(catalog.lessons(Lesson.Track.FOUNDATIONS))
                .extracting(Lesson::id)
                .containsExactlyInAnyOrder(
                        "bias-variance",
                        "choosing-metrics",
                        "class-imbalance",
                        "features-vs-models",
                        "trees-vs-neural-nets");
        for (Lesson lesson : catalog.lessons(Lesson.Track.FOUNDATIONS)) {
            assertThat(lesson.words()).as("words in %s", lesson.path()).isBetween(500, 2500);
            assertSections(lesson, "Worked example", "Pitfalls", "In an interview, say");
        }
    }

    private static void assertSections(Lesson lesson, String... starts) {
        List<String> headings = lesson.headings().stream()
                .filter(h -> h.level() == 2)
                .map(Heading::text)
                .toList();
        for (String start : starts) {
            assertThat(headings)
                    .as("%s has a section starting '%s'", lesson.path(), start)
                    .anyMatch(h -> h.startsWith(start));
        }
    }

    @Test
    void everyLessonHasAQuizOfAtLeastThreeQuestions() {
        for (Lesson lesson : catalog.lessons()) {
            Quiz quiz = catalog.quiz(lesson.id()).orElseThrow(() -> new AssertionError("no quiz for " + lesson.id()));
            assertThat(quiz.questions()).as("questions in %s", quiz.path()).hasSizeGreaterThanOrEqualTo(3);
            quiz.questions().stream().filter(q -> q.type() == Quiz.Type.CHOICE).forEach(q -> {
                assertThat(q.correctOption())
                        .as("%s has a correct option", q.id())
                        .isGreaterThanOrEqualTo(0);
                assertThat(q.options())
                        .allSatisfy(o -> assertThat(o.explanation()).isNotBlank());
            });
            quiz.questions().stream()
                    .filter(q -> q.type() == Quiz.Type.NUMERIC)
                    .forEach(q -> assertThat(q.accepts(q.answer()))
                            .as("%s accepts its own answer", q.id())
                            .isTrue());
        }
        long numeric = catalog.quizzes().stream()
                .flatMap(q -> q.questions().stream())
                .filter(q -> q.type() == Quiz.Type.NUMERIC)
                .count();
        assertThat(numeric).as("numeric questions (thresholds, alphas, ratios)").isGreaterThanOrEqualTo(20);
    }

    @Test
    void atLeastSixtyFlashcardsCoverEveryLesson() {
        assertThat(catalog.flashcards())
                .hasSizeGreaterThanOrEqualTo(60)
                .allSatisfy(c -> assertThat(c.front() + c.back()).isNotBlank());
        for (Lesson lesson : catalog.lessons()) {
            assertThat(catalog.flashcards(lesson.id()))
                    .as("cards for %s", lesson.id())
                    .isNotEmpty();
        }
    }

    @Test
    void theQuestionCardIsCompleteWithFollowUps() {
        QuestionCard card = catalog.question("model-pruning").orElseThrow();
        assertThat(card.expectations()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(card.keyTopics()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(card.approach()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(card.followUps())
                .hasSizeGreaterThanOrEqualTo(12)
                .extracting(QuestionCard.FollowUp::id)
                .containsAll(REQUIRED_FOLLOW_UPS);
        assertThat(card.headings()).extracting(Heading::text).contains("Sample answer");
    }

    /** Every rubric point can be matched: the cards' and follow-ups' rubrics are checked card by card below. */
    @Test
    void everyRubricPointHasParaphrases() {
        for (Rubric rubric : catalog.rubrics()) {
            for (Rubric.Dimension dimension : rubric.dimensions()) {
                assertThat(dimension.points())
                        .as("points of %s in %s", dimension.id(), rubric.path())
                        .isNotEmpty()
                        .allSatisfy(p -> assertThat(p.paraphrases()).isNotEmpty());
            }
        }
    }

    /** Issue 20's related questions: every card in the form of the seed card, graded by a rubric for it and each follow-up. */
    @Test
    void everyQuestionCardIsCompleteAndEveryQuestionIsGraded() {
        assertThat(catalog.questions())
                .extracting(QuestionCard::id)
                .contains(
                        "model-pruning",
                        "quantization",
                        "knowledge-distillation",
                        "low-rank-factorization",
                        "pruned-model-not-faster",
                        "phone-under-50ms",
                        "tree-regularization");
        for (QuestionCard card : catalog.questions()) {
            assertThat(card.expectations()).as("expectations of %s", card.id()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(card.keyTopics()).as("key topics of %s", card.id()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(card.approach()).as("approach of %s", card.id()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(card.followUps()).as("follow-ups of %s", card.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(card.headings()).extracting(Heading::text).contains("Sample answer");
            Rubric main = catalog.rubric(card.id()).orElseThrow(() -> new AssertionError("no rubric for " + card.id()));
            assertThat(main.dimensions())
                    .as("dimensions of %s", main.path())
                    .extracting(Rubric.Dimension::id)
                    .containsExactlyInAnyOrderElementsOf(ContentLoader.DIMENSIONS);
            for (QuestionCard.FollowUp followUp : card.followUps()) {
                Rubric rubric = catalog.rubric(followUp.id())
                        .orElseThrow(() -> new AssertionError("no rubric for " + followUp.id()));
                assertThat(rubric.dimensions())
                        .as("dimensions of %s", rubric.path())
                        .hasSizeGreaterThanOrEqualTo(2)
                        .extracting(Rubric.Dimension::id)
                        .contains("communication");
            }
        }
        for (Rubric rubric : catalog.rubrics()) {
            rubric.dimensions().stream()
                    .flatMap(d -> d.misconceptions().stream())
                    .forEach(m -> assertThat(m.patterns())
                            .as("patterns of misconception %s in %s", m.id(), rubric.path())
                            .hasSizeGreaterThanOrEqualTo(3));
        }
    }

    @Test
    void everyLabPresetExistsAndIsUsedByALesson() {
        assertThat(catalog.presets()).extracting(LabPreset::id).containsExactlyInAnyOrderElementsOf(PRESET_IDS);
        Set<String> linked = catalog.lessons().stream()
                .flatMap(l -> PRESET_IDS.stream().filter(id -> l.html().contains("href=\"/lab/presets/" + id + "\"")))
                .collect(Collectors.toSet());
        assertThat(linked).containsExactlyInAnyOrderElementsOf(PRESET_IDS);
    }

    @Test
    void noFormulaIsLeftUnparsed() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        for (Lesson lesson : catalog.lessons()) {
            assertThat(textOutsideMathAndCode(lesson.html()))
                    .as("stray $ in %s", lesson.path())
                    .doesNotContain("$");
        }
        for (Quiz quiz : catalog.quizzes()) {
            for (Quiz.Question q : quiz.questions()) {
                String all = q.prompt() + "\n\n" + q.explanation() + "\n\n"
                        + q.options().stream()
                                .map(o -> o.text() + "\n\n" + o.explanation())
                                .collect(Collectors.joining("\n\n"));
                assertThat(textOutsideMathAndCode(renderer.render(all).html()))
                        .as("stray $ in %s", q.id())
                        .doesNotContain("$");
            }
        }
        for (Flashcard card : catalog.flashcards()) {
            assertThat(textOutsideMathAndCode(
                            renderer.render(card.front() + "\n\n" + card.back()).html()))
                    .as("stray $ in %s", card.id())
                    .doesNotContain("$");
        }
    }

    static String textOutsideMathAndCode(String html) {
        return html.replaceAll("(?s)<(span|div) class=\"math[^\"]*\">.*?</\\1>", "")
                .replaceAll("(?s)<pre>.*?</pre>", "")
                .replaceAll("(?s)<code>.*?</code>", "");
    }
}
