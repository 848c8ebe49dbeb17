package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.prunelab.content.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Each validation rule of the content pipeline, with the exact message an author sees. */
class ContentLoaderTest {

    private static final String PRESETS =
            "presets:\n  - id: tree-ccp\n    title: Tree pruning\n    lesson: basics\n    summary: See it.\n"
                    + "    question: Better?\n    choices: [yes, no]\n    expected: 0\n    seconds: 1\n    startHere: true\n    figure: tree-path\n";
    private static final String CARD = """
            ---
            id: model-pruning
            title: Model pruning
            prompt: Describe model pruning.
            minutes: 10
            expectations: [Math]
            key_topics:
              - title: Basics
                lesson: basics#the-idea
            approach: [Define it]
            follow_ups:
              - id: fu-cost
                question: What does it cost?
                lesson: basics
                dimension: implementation
            ---
            ## Sample answer

            Pruning removes weights; see [the basics](/learn/basics).
            """;

    private final ContentLoader loader = new ContentLoader(new MarkdownRenderer());

    private static ContentFile lesson(String file, String id, String prerequisites, String body) {
        return new ContentFile(
                "content/lessons/" + file,
                "---\nid: " + id + "\ntitle: Title of " + id + "\nsummary: About " + id
                        + ".\norder: 1\nminutes: 5\nprerequisites: " + prerequisites + "\n---\n" + body);
    }

    /** A small valid curriculum (a lesson "basics" with section "the-idea", a preset "tree-ccp") plus {@code extra}. */
    static List<ContentFile> validSet(ContentFile... extra) {
        List<ContentFile> files = new ArrayList<>(List.of(
                new ContentFile("content/lab-presets.yaml", PRESETS),
                new ContentFile("content/questions/model-pruning.md", CARD),
                lesson("01-basics.md", "basics", "[]", "## The idea\n\nText with $x_1$.\n"),
                lesson(
                        "02-more.md",
                        "more",
                        "[basics]",
                        "See [the idea](/learn/basics#the-idea) and [lab](/lab/presets/tree-ccp).\n")));
        files.addAll(List.of(extra));
        return files;
    }

    /** Every problem the loader reports for these files, or none. */
    static List<String> problems(List<ContentFile> files) {
        try {
            new ContentLoader(new MarkdownRenderer()).load(files);
            return List.of();
        } catch (ContentException e) {
            return e.problems();
        }
    }

    @Test
    void validContentLoadsIntoTheCatalog() {
        ContentCatalog catalog = loader.load(validSet());
        assertThat(catalog.lessons()).extracting(Lesson::id).containsExactly("basics", "more");
        assertThat(catalog.question("model-pruning")).get().satisfies(card -> {
            assertThat(card.followUps()).extracting(QuestionCard.FollowUp::id).containsExactly("fu-cost");
            assertThat(card.keyTopics().get(0).lesson().href()).isEqualTo("/learn/basics#the-idea");
        });
        assertThat(catalog.lesson("basics").get().tableOfContents())
                .extracting(h -> h.anchor())
                .containsExactly("the-idea");
        assertThat(catalog.next(catalog.lesson("basics").get())).map(Lesson::id).contains("more");
        assertThat(catalog.previous(catalog.lesson("basics").get())).isEmpty();
    }

    @Test
    void missingRequiredFieldNamesFileAndField() {
        ContentFile noTitle =
                new ContentFile("content/lessons/03-x.md", "---\nid: x\nsummary: s\norder: 3\nminutes: 4\n---\nBody");
        assertThat(problems(validSet(noTitle)))
                .containsExactly("content/lessons/03-x.md: missing required field 'title'");
    }

    @Test
    void duplicateIdNamesBothFiles() {
        ContentFile duplicate = lesson("09-again.md", "basics", "[]", "Again.");
        assertThat(problems(validSet(duplicate)))
                .containsExactly(
                        "content/lessons/09-again.md: duplicate lesson id 'basics' (also in content/lessons/01-basics.md)");
    }

    @Test
    void unknownPrerequisiteIsNamed() {
        ContentFile lesson = lesson("03-x.md", "x", "[y]", "Body");
        assertThat(problems(validSet(lesson))).containsExactly("content/lessons/03-x.md: unknown prerequisite 'y'");
    }

    @Test
    void brokenInternalLinksAreNamed() {
        ContentFile lesson = lesson("03-x.md", "x", "[]", """
                [a](/learn/nope) [b](/learn/basics#no-such-section) [c](/lab/presets/nope) [d](other.md)
                [e](/questions/nope) [f](#missing) [g](/nowhere) [ok](https://example.org) [ok2](/lab)
                """);
        assertThat(problems(validSet(lesson)))
                .containsExactly(
                        "content/lessons/03-x.md: link '/learn/nope' links to unknown lesson 'nope'",
                        "content/lessons/03-x.md: link '/learn/basics#no-such-section' links to unknown section '#no-such-section' of lesson 'basics'",
                        "content/lessons/03-x.md: broken internal link '/lab/presets/nope': unknown lab preset (see content/lab-presets.yaml)",
                        "content/lessons/03-x.md: broken internal link 'other.md': write internal links as /learn/<lesson-id> (or /learn/<lesson-id>#<section>), /questions/<id> or /lab/presets/<id>",
                        "content/lessons/03-x.md: broken internal link '/questions/nope': unknown question",
                        "content/lessons/03-x.md: broken internal link '#missing': no such section in this file",
                        "content/lessons/03-x.md: broken internal link '/nowhere': no such page");
    }

    @Test
    void aFigureTheBuildDidNotDrawOrABlockMissingItsTextIsNamed() {
        ContentFile lesson = lesson("03-x.md", "x", "[]", """
                ```figure
                id: nope
                alt: Nothing.
                caption: Nothing to see.
                ```

                ```figure
                id: half
                ```
                """);
        ContentLoader drawing = new ContentLoader(new MarkdownRenderer(id -> Optional.empty()));
        ContentException problems = catchThrowableOfType(ContentException.class, () -> drawing.load(validSet(lesson)));
        assertThat(problems.problems())
                .containsExactly(
                        "content/lab-presets.yaml: figure 'tree-path' was not drawn by the build"
                                + " (dev.prunelab.lab.figures.FigureBuild writes figures/<id>.svg)",
                        "content/lessons/03-x.md: figure 'nope' was not drawn by the build"
                                + " (dev.prunelab.lab.figures.FigureBuild writes figures/<id>.svg)",
                        "content/lessons/03-x.md: a figure block needs id, alt and caption (lowercase-with-dashes"
                                + " names); see src/site/markdown/explorables.md");
    }

    @Test
    void exactlyOnePresetIsWhereToStart() {
        List<ContentFile> files = validSet();
        files.replaceAll(f -> f.path().endsWith("lab-presets.yaml")
                ? new ContentFile(f.path(), PRESETS.replace("    startHere: true\n", ""))
                : f);
        assertThat(problems(files))
                .containsExactly("content/lab-presets.yaml: exactly one preset must say startHere: true (the lab's"
                        + " suggested first run), found 0");
    }

    @Test
    void questionCardReferencesAreChecked() {
        String badCard = CARD.replace("lesson: basics#the-idea", "lesson: basics#gone")
                .replace("dimension: implementation", "dimension: vibes")
                .replace("id: fu-cost", "id: Fu Cost");
        List<ContentFile> files = validSet();
        files.set(1, new ContentFile("content/questions/model-pruning.md", badCard));
        assertThat(problems(files))
                .containsExactly(
                        "content/questions/model-pruning.md follow_ups[1]: field 'dimension' must be one of [applications, communication, evaluation, foundations, implementation, tradeoffs], got 'vibes'",
                        "content/questions/model-pruning.md follow_ups[1]: id 'Fu Cost' must use only lowercase letters, digits and single '-' between them",
                        "content/questions/model-pruning.md: key topic 'Basics' links to unknown section '#gone' of lesson 'basics'");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ContentFile a = lesson("03-a.md", "a", "[zzz]", "[x](/learn/nope)");
        ContentException e = Assertions.assertThrows(ContentException.class, () -> loader.load(validSet(a)));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage())
                .startsWith("The content in content/ is invalid (2 problems):")
                .contains("content/lessons/03-a.md: unknown prerequisite 'zzz'");
    }

    @Test
    void lessonTrackMustBeKnown() {
        ContentFile lesson = new ContentFile(
                "content/lessons/03-x.md",
                "---\nid: x\ntitle: X\nsummary: s\norder: 3\nminutes: 4\ntrack: cooking\n---\nBody");
        assertThatThrownBy(() -> loader.load(validSet(lesson)))
                .hasMessageContaining(
                        "content/lessons/03-x.md: field 'track' must be 'pruning' or 'foundations', got 'cooking'");
    }

    @Test
    void quizzesFlashcardsAndRubricsLoadAndLinkToLessons() {
        ContentCatalog catalog = loader.load(validSet(
                new ContentFile("content/quizzes/basics.yaml", QUIZ),
                new ContentFile("content/flashcards/basics.yaml", CARDS),
                new ContentFile("content/rubrics/fu-cost.yaml", RUBRIC)));
        Quiz quiz = catalog.quiz("basics").orElseThrow();
        assertThat(quiz.questions()).hasSize(2);
        assertThat(quiz.questions().get(0).correctOption()).isEqualTo(1);
        assertThat(quiz.questions().get(1).accepts(12.04)).isTrue();
        assertThat(quiz.questions().get(1).accepts(12.2)).isFalse();
        assertThat(catalog.flashcards("basics")).extracting(Flashcard::front).containsExactly("Front?");
        Rubric rubric = catalog.rubric("fu-cost").orElseThrow();
        assertThat(rubric.dimension("implementation")
                        .orElseThrow()
                        .points()
                        .get(0)
                        .lesson()
                        .href())
                .isEqualTo("/learn/basics#the-idea");
        assertThat(rubric.dimension("implementation").orElseThrow().misconceptions())
                .hasSize(1);
    }

    @Test
    void studyMaterialProblemsAreNamed() {
        String badQuiz = QUIZ.replace("correct: true", "correct: false")
                .replace("tolerance: 0.05", "tolerance: lots")
                .replace("lesson: basics", "lesson: gone");
        String badRubric = RUBRIC.replace("basics#the-idea", "basics#nowhere")
                .replace("question: fu-cost", "question: fu-nope")
                .replace("id: implementation", "id: charisma");
        assertThat(problems(validSet(
                        new ContentFile("content/quizzes/basics.yaml", badQuiz),
                        new ContentFile("content/flashcards/basics.yaml", CARDS.replace("back: Back.", "back: \"\"")),
                        new ContentFile("content/rubrics/fu-cost.yaml", badRubric))))
                .containsExactlyInAnyOrder(
                        "content/quizzes/basics.yaml questions[1]: a choice question needs exactly one option with 'correct: true', got 0",
                        "content/quizzes/basics.yaml questions[2]: field 'tolerance' must be a number, got 'lots'",
                        "content/flashcards/basics.yaml cards[1]: missing required field 'back'",
                        "content/rubrics/fu-cost.yaml dimensions[1]: field 'id' must be one of [applications, communication, evaluation, foundations, implementation, tradeoffs], got 'charisma'",
                        "content/quizzes/basics.yaml: unknown lesson 'gone'",
                        "content/rubrics/fu-cost.yaml: unknown question, follow-up or drill 'fu-nope'",
                        "content/rubrics/fu-cost.yaml: point 'cost' links to unknown section '#nowhere' of lesson 'basics'");
    }

    private static final String QUIZ = """
            lesson: basics
            questions:
              - id: basics-q1
                type: choice
                prompt: Which?
                options:
                  - text: A
                    correct: false
                    explanation: No.
                  - text: B
                    correct: true
                    explanation: Yes.
              - id: basics-q2
                type: numeric
                prompt: How much?
                answer: 12
                tolerance: 0.05
                explanation: Because.
            """;
    private static final String CARDS = """
            lesson: basics
            cards:
              - id: basics-c1
                front: Front?
                back: Back.
            """;
    private static final String RUBRIC = """
            question: fu-cost
            dimensions:
              - id: implementation
                name: Implementation
                points:
                  - id: cost
                    text: Counts the retraining runs.
                    paraphrases: [each round is another training run]
                    lesson: basics#the-idea
                    weight: 3
                misconceptions:
                  - id: free
                    claim: Pruning is free.
                    patterns: [pruning costs nothing]
                    correction: It costs training time.
                    lesson: basics
            """;
}
