package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prunelab.content.markdown.MarkdownRenderer;
import dev.prunelab.content.markdown.RenderedMarkdown.Heading;
import dev.prunelab.content.markdown.RenderedMarkdown.SectionText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The binary form of the catalog reads back as equal records, nulls and long strings included. */
class ContentCodecTest {

    /** Beyond writeUTF's 64 KB, with characters of two, three and four UTF-8 bytes. */
    private static final String LONG_HTML = "<p>é ∑ 🌲</p>".repeat(10_000);

    private static ContentCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = new ContentLoader(new MarkdownRenderer()).load(ContentSource.fromDirectory(Path.of("content")));
    }

    @Test
    void readsBackThePackagedCurriculum() throws IOException {
        assertSameCatalog(roundTrip(catalog), catalog);
    }

    @Test
    void readsBackNullsAndLongStrings() throws IOException {
        Lesson lesson = new Lesson(
                "basics",
                null,
                "",
                1,
                null,
                null,
                5,
                List.of(),
                null,
                LONG_HTML,
                List.of(new Heading(2, "The idea", "the-idea")),
                List.of(new SectionText("", null, "text")),
                7);
        List<QuestionCard.KeyTopic> topics = List.of(
                new QuestionCard.KeyTopic("Basics", null),
                new QuestionCard.KeyTopic(null, new ContentLink("basics", "")));
        QuestionCard card = new QuestionCard(
                "model-pruning",
                "Model pruning",
                "Why?",
                null,
                null,
                "",
                10,
                List.of("Math"),
                topics,
                null,
                List.of(new QuestionCard.FollowUp("fu-cost", "Cost?", null, null)),
                "content/questions/q.md",
                null,
                null,
                null);
        Quiz quiz = new Quiz(
                "basics",
                null,
                List.of(
                        new Quiz.Question("q1", Quiz.Type.NUMERIC, "How many?", List.of(), Double.NaN, 0.5, null, "e"),
                        new Quiz.Question(
                                "q2", null, null, List.of(new Quiz.Option("a", true, null)), -0.0, 0, "", "")));
        Rubric.Dimension dimension = new Rubric.Dimension(
                "foundations",
                null,
                "",
                List.of(new Rubric.Point("p1", "masks", Arrays.asList("a mask", null), null, 3)),
                List.of(new Rubric.Misconception(
                        "m1", "claim", null, null, null, null, new ContentLink("basics", null))));
        Rubric rubric = new Rubric("model-pruning", "content/rubrics/model-pruning.yaml", List.of(dimension));
        ContentCatalog odd = ContentCatalog.of(new ContentCatalog.Parts(
                List.of(lesson),
                List.of(card),
                List.of(new LabPreset(
                        "p",
                        null,
                        "basics",
                        null,
                        "{}",
                        new LabPreset.Prediction("q", List.of("a", "b"), 1),
                        3,
                        true,
                        "f")),
                List.of(quiz),
                List.of(new Flashcard("f1", "basics", null, "back")),
                List.of(rubric),
                List.of(new Drill(
                        "d1",
                        1,
                        "t",
                        null,
                        "",
                        "p",
                        3,
                        List.of(new ContentLink("basics", "")),
                        List.of(new Drill.LabRun("p", null)),
                        List.of(new Drill.Source("s", "https://example.org", "x")),
                        "content/drills/01-d1.md",
                        "",
                        List.of(),
                        List.of()))));

        assertSameCatalog(roundTrip(odd), odd);
    }

    @Test
    void listsReadBackAreUnmodifiable() throws IOException {
        Lesson lesson = roundTrip(catalog).lessons().get(0);

        assertThatThrownBy(() -> lesson.headings().add(new Heading(2, "x", "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTruncatedStreamIsAnIOException() throws IOException {
        byte[] bytes = bytes(catalog);

        assertThatThrownBy(() -> read(Arrays.copyOf(bytes, bytes.length - 1))).isInstanceOf(EOFException.class);
    }

    @Test
    void aLengthOutOfRangeIsAnIOException() throws IOException {
        byte[] bytes = bytes(catalog);
        bytes[0] = (byte) 0x7F; // the number of lessons, now about two billion

        assertThatThrownBy(() -> read(bytes)).isInstanceOf(IOException.class).hasMessageContaining("length");
    }

    @Test
    void aStreamReadOutOfStepIsAnIOException() throws IOException {
        byte[] bytes = bytes(catalog);
        byte[] missingOne = new byte[bytes.length - 1];
        int middle = bytes.length / 2;
        System.arraycopy(bytes, 0, missingOne, 0, middle);
        System.arraycopy(bytes, middle + 1, missingOne, middle, bytes.length - middle - 1);

        assertThatThrownBy(() -> read(missingOne)).isInstanceOf(IOException.class);
    }

    /** Every record and every look-up of {@code read} is as in {@code original}. */
    static void assertSameCatalog(ContentCatalog read, ContentCatalog original) {
        assertThat(read.lessons()).isEqualTo(original.lessons());
        assertThat(read.questions()).isEqualTo(original.questions());
        assertThat(read.quizzes()).isEqualTo(original.quizzes());
        assertThat(read.flashcards()).isEqualTo(original.flashcards());
        assertThat(read.rubrics()).isEqualTo(original.rubrics());
        assertThat(read.drills()).isEqualTo(original.drills());
        assertThat(read.presets()).isEqualTo(original.presets());
        for (Lesson lesson : original.lessons()) {
            assertThat(read.lesson(lesson.id())).contains(lesson);
            assertThat(read.previous(lesson)).isEqualTo(original.previous(lesson));
            assertThat(read.next(lesson)).isEqualTo(original.next(lesson));
            assertThat(read.quiz(lesson.id())).isEqualTo(original.quiz(lesson.id()));
            assertThat(read.flashcards(lesson.id())).isEqualTo(original.flashcards(lesson.id()));
        }
        for (Lesson.Track track : Lesson.Track.values()) {
            assertThat(read.lessons(track)).isEqualTo(original.lessons(track));
        }
        for (QuestionCard card : original.questions()) {
            assertThat(read.question(card.id())).contains(card);
            assertThat(read.rubric(card.id())).isEqualTo(original.rubric(card.id()));
            for (QuestionCard.FollowUp followUp : card.followUps()) {
                assertThat(read.followUp(followUp.id())).contains(followUp);
                assertThat(read.rubric(followUp.id())).isEqualTo(original.rubric(followUp.id()));
            }
        }
        for (LabPreset preset : original.presets()) {
            assertThat(read.preset(preset.id())).contains(preset);
        }
        assertThat(read.featuredQuestion()).isEqualTo(original.featuredQuestion());
    }

    static ContentCatalog roundTrip(ContentCatalog catalog) throws IOException {
        return read(bytes(catalog));
    }

    private static byte[] bytes(ContentCatalog catalog) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ContentCodec.write(new DataOutputStream(bytes), catalog);
        return bytes.toByteArray();
    }

    private static ContentCatalog read(byte[] bytes) throws IOException {
        return ContentCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }
}
