package dev.prunelab.content;

import dev.prunelab.content.markdown.RenderedMarkdown.Heading;
import dev.prunelab.content.markdown.RenderedMarkdown.SectionText;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The binary form of a {@link ContentCatalog} in the packaged snapshot ({@link ContentSnapshot}).
 *
 * <p>Why not Java serialization, which stored it before: reading records back with {@code ObjectInputStream} builds
 * method-handle trees for each record class, and in the cold JVM of start-up one read of the catalog cost 200-270 ms
 * of the start-up thread (some 740 classes loaded and 200 lambda forms spun). Here each record is written field by
 * field, in the order of its components, and read back through its canonical constructor in plain code: loops rather
 * than streams or lambdas (each lambda shape spins a class in a cold JVM), no reflection.
 *
 * <p>Layout, on {@link DataOutput}: a string is its UTF-8 length and bytes (lesson HTML is beyond
 * {@code writeUTF}'s 64 KB), a list its size and items, an enum its name; a length of -1 stands for null. A nested
 * record ({@link ContentLink}) follows a presence byte; ints, doubles and booleans are written as such. (A list of
 * records holds no nulls: the loader makes none.) The catalog is its six lists in the order its accessors return
 * them, then an end mark, so that a stream read out of step is refused rather than taken for a smaller catalog. Any
 * change to the layout or to the records' components must change {@link #VERSION}: a snapshot of another version is
 * refused, never misread.
 */
final class ContentCodec {

    /** The version of this layout; {@link ContentSnapshot} writes it first and reads only its own. */
    static final int VERSION = 2;

    /** The longest string (in UTF-8 bytes) or list the format holds; a longer length read is corrupt data. */
    static final int MAX_LENGTH = 1 << 24;

    /** Closes the catalog: "END!". */
    private static final int END = 0x454E_4421;

    private ContentCodec() {}

    static void write(DataOutput out, ContentCatalog catalog) throws IOException {
        list(out, LESSON, catalog.lessons());
        list(out, QUESTION_CARD, catalog.questions());
        list(out, PRESET, catalog.presets());
        list(out, QUIZ, catalog.quizzes());
        list(out, FLASHCARD, catalog.flashcards());
        list(out, RUBRIC, catalog.rubrics());
        out.writeInt(END);
    }

    /**
     * Reads a catalog {@link #write} wrote. A stream that ends early, is read out of step or holds a length out of
     * range throws {@link IOException}, never anything else.
     */
    static ContentCatalog read(DataInput in) throws IOException {
        ContentCatalog catalog = ContentCatalog.inCatalogOrder(
                list(in, LESSON),
                list(in, QUESTION_CARD),
                list(in, PRESET),
                list(in, QUIZ),
                list(in, FLASHCARD),
                list(in, RUBRIC));
        if (in.readInt() != END) {
            throw new IOException("content snapshot: no end mark after the catalog");
        }
        return catalog;
    }

    /** How one type is written and read back: the two halves side by side, so that they change together. */
    private abstract static class Codec<T> {
        abstract void write(DataOutput out, T value) throws IOException;

        abstract T read(DataInput in) throws IOException;
    }

    private static final Codec<String> STRING = new Codec<>() {
        void write(DataOutput out, String value) throws IOException {
            string(out, value);
        }

        String read(DataInput in) throws IOException {
            return string(in);
        }
    };

    private static final Codec<ContentLink> LINK = new Codec<>() {
        void write(DataOutput out, ContentLink link) throws IOException {
            string(out, link.lessonId());
            string(out, link.anchor());
        }

        ContentLink read(DataInput in) throws IOException {
            return new ContentLink(string(in), string(in));
        }
    };

    private static final Codec<Heading> HEADING = new Codec<>() {
        void write(DataOutput out, Heading heading) throws IOException {
            out.writeInt(heading.level());
            string(out, heading.text());
            string(out, heading.anchor());
        }

        Heading read(DataInput in) throws IOException {
            return new Heading(in.readInt(), string(in), string(in));
        }
    };

    private static final Codec<SectionText> SECTION = new Codec<>() {
        void write(DataOutput out, SectionText section) throws IOException {
            string(out, section.anchor());
            string(out, section.heading());
            string(out, section.text());
        }

        SectionText read(DataInput in) throws IOException {
            return new SectionText(string(in), string(in), string(in));
        }
    };

    private static final Codec<Lesson> LESSON = new Codec<>() {
        void write(DataOutput out, Lesson lesson) throws IOException {
            string(out, lesson.id());
            string(out, lesson.title());
            string(out, lesson.summary());
            out.writeInt(lesson.order());
            constant(out, lesson.track());
            list(out, STRING, lesson.prerequisites());
            out.writeInt(lesson.minutes());
            list(out, STRING, lesson.tags());
            string(out, lesson.path());
            string(out, lesson.html());
            list(out, HEADING, lesson.headings());
            list(out, SECTION, lesson.sections());
            out.writeInt(lesson.words());
        }

        Lesson read(DataInput in) throws IOException {
            return new Lesson(
                    string(in),
                    string(in),
                    string(in),
                    in.readInt(),
                    constant(in, Lesson.Track.values()),
                    list(in, STRING),
                    in.readInt(),
                    list(in, STRING),
                    string(in),
                    string(in),
                    list(in, HEADING),
                    list(in, SECTION),
                    in.readInt());
        }
    };

    private static final Codec<QuestionCard.KeyTopic> KEY_TOPIC = new Codec<>() {
        void write(DataOutput out, QuestionCard.KeyTopic topic) throws IOException {
            string(out, topic.title());
            nullable(out, LINK, topic.lesson());
        }

        QuestionCard.KeyTopic read(DataInput in) throws IOException {
            return new QuestionCard.KeyTopic(string(in), nullable(in, LINK));
        }
    };

    private static final Codec<QuestionCard.FollowUp> FOLLOW_UP = new Codec<>() {
        void write(DataOutput out, QuestionCard.FollowUp followUp) throws IOException {
            string(out, followUp.id());
            string(out, followUp.question());
            nullable(out, LINK, followUp.answer());
            string(out, followUp.dimension());
        }

        QuestionCard.FollowUp read(DataInput in) throws IOException {
            return new QuestionCard.FollowUp(string(in), string(in), nullable(in, LINK), string(in));
        }
    };

    private static final Codec<QuestionCard> QUESTION_CARD = new Codec<>() {
        void write(DataOutput out, QuestionCard card) throws IOException {
            string(out, card.id());
            string(out, card.title());
            string(out, card.prompt());
            string(out, card.company());
            string(out, card.round());
            string(out, card.level());
            out.writeInt(card.minutes());
            list(out, STRING, card.expectations());
            list(out, KEY_TOPIC, card.keyTopics());
            list(out, STRING, card.approach());
            list(out, FOLLOW_UP, card.followUps());
            string(out, card.path());
            string(out, card.html());
            list(out, HEADING, card.headings());
            list(out, SECTION, card.sections());
        }

        QuestionCard read(DataInput in) throws IOException {
            return new QuestionCard(
                    string(in),
                    string(in),
                    string(in),
                    string(in),
                    string(in),
                    string(in),
                    in.readInt(),
                    list(in, STRING),
                    list(in, KEY_TOPIC),
                    list(in, STRING),
                    list(in, FOLLOW_UP),
                    string(in),
                    string(in),
                    list(in, HEADING),
                    list(in, SECTION));
        }
    };

    private static final Codec<LabPreset> PRESET = new Codec<>() {
        void write(DataOutput out, LabPreset preset) throws IOException {
            string(out, preset.id());
            string(out, preset.title());
            string(out, preset.lesson());
            string(out, preset.summary());
            string(out, preset.spec());
        }

        LabPreset read(DataInput in) throws IOException {
            return new LabPreset(string(in), string(in), string(in), string(in), string(in));
        }
    };

    private static final Codec<Quiz.Option> OPTION = new Codec<>() {
        void write(DataOutput out, Quiz.Option option) throws IOException {
            string(out, option.text());
            out.writeBoolean(option.correct());
            string(out, option.explanation());
        }

        Quiz.Option read(DataInput in) throws IOException {
            return new Quiz.Option(string(in), in.readBoolean(), string(in));
        }
    };

    private static final Codec<Quiz.Question> QUIZ_QUESTION = new Codec<>() {
        void write(DataOutput out, Quiz.Question question) throws IOException {
            string(out, question.id());
            constant(out, question.type());
            string(out, question.prompt());
            list(out, OPTION, question.options());
            out.writeDouble(question.answer());
            out.writeDouble(question.tolerance());
            string(out, question.unit());
            string(out, question.explanation());
        }

        Quiz.Question read(DataInput in) throws IOException {
            return new Quiz.Question(
                    string(in),
                    constant(in, Quiz.Type.values()),
                    string(in),
                    list(in, OPTION),
                    in.readDouble(),
                    in.readDouble(),
                    string(in),
                    string(in));
        }
    };

    private static final Codec<Quiz> QUIZ = new Codec<>() {
        void write(DataOutput out, Quiz quiz) throws IOException {
            string(out, quiz.lessonId());
            string(out, quiz.path());
            list(out, QUIZ_QUESTION, quiz.questions());
        }

        Quiz read(DataInput in) throws IOException {
            return new Quiz(string(in), string(in), list(in, QUIZ_QUESTION));
        }
    };

    private static final Codec<Flashcard> FLASHCARD = new Codec<>() {
        void write(DataOutput out, Flashcard card) throws IOException {
            string(out, card.id());
            string(out, card.lessonId());
            string(out, card.front());
            string(out, card.back());
        }

        Flashcard read(DataInput in) throws IOException {
            return new Flashcard(string(in), string(in), string(in), string(in));
        }
    };

    private static final Codec<Rubric.Point> POINT = new Codec<>() {
        void write(DataOutput out, Rubric.Point point) throws IOException {
            string(out, point.id());
            string(out, point.text());
            list(out, STRING, point.paraphrases());
            nullable(out, LINK, point.lesson());
            out.writeInt(point.weight());
        }

        Rubric.Point read(DataInput in) throws IOException {
            return new Rubric.Point(string(in), string(in), list(in, STRING), nullable(in, LINK), in.readInt());
        }
    };

    private static final Codec<Rubric.Misconception> MISCONCEPTION = new Codec<>() {
        void write(DataOutput out, Rubric.Misconception misconception) throws IOException {
            string(out, misconception.id());
            string(out, misconception.claim());
            list(out, STRING, misconception.patterns());
            string(out, misconception.correction());
            nullable(out, LINK, misconception.lesson());
        }

        Rubric.Misconception read(DataInput in) throws IOException {
            return new Rubric.Misconception(string(in), string(in), list(in, STRING), string(in), nullable(in, LINK));
        }
    };

    private static final Codec<Rubric.Dimension> DIMENSION = new Codec<>() {
        void write(DataOutput out, Rubric.Dimension dimension) throws IOException {
            string(out, dimension.id());
            string(out, dimension.name());
            string(out, dimension.description());
            list(out, POINT, dimension.points());
            list(out, MISCONCEPTION, dimension.misconceptions());
        }

        Rubric.Dimension read(DataInput in) throws IOException {
            return new Rubric.Dimension(string(in), string(in), string(in), list(in, POINT), list(in, MISCONCEPTION));
        }
    };

    private static final Codec<Rubric> RUBRIC = new Codec<>() {
        void write(DataOutput out, Rubric rubric) throws IOException {
            string(out, rubric.questionId());
            string(out, rubric.path());
            list(out, DIMENSION, rubric.dimensions());
        }

        Rubric read(DataInput in) throws IOException {
            return new Rubric(string(in), string(in), list(in, DIMENSION));
        }
    };

    private static void string(DataOutput out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        length(out, bytes.length);
        out.write(bytes);
    }

    private static String string(DataInput in) throws IOException {
        int length = length(in);
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static <T> void list(DataOutput out, Codec<T> codec, List<T> items) throws IOException {
        if (items == null) {
            out.writeInt(-1);
            return;
        }
        length(out, items.size());
        for (T item : items) {
            codec.write(out, item);
        }
    }

    /** An unmodifiable list, as the loader's are (nulls allowed, as in the records). */
    @SuppressWarnings("unchecked")
    private static <T> List<T> list(DataInput in, Codec<T> codec) throws IOException {
        int size = length(in);
        if (size < 0) {
            return null;
        }
        Object[] items = new Object[size];
        for (int i = 0; i < size; i++) {
            items[i] = codec.read(in);
        }
        return (List<T>) Collections.unmodifiableList(Arrays.asList(items));
    }

    private static <T> void nullable(DataOutput out, Codec<T> codec, T value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            codec.write(out, value);
        }
    }

    private static <T> T nullable(DataInput in, Codec<T> codec) throws IOException {
        byte present = in.readByte();
        if (present != 0 && present != 1) {
            throw new IOException("content snapshot: presence byte " + present);
        }
        return present == 1 ? codec.read(in) : null;
    }

    private static void constant(DataOutput out, Enum<?> constant) throws IOException {
        string(out, constant == null ? null : constant.name());
    }

    /** The constant of that name, looked up in a loop ({@code valueOf} reflects in a cold JVM). */
    private static <E extends Enum<E>> E constant(DataInput in, E[] constants) throws IOException {
        String name = string(in);
        if (name == null) {
            return null;
        }
        for (E constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IOException("content snapshot: no constant " + name);
    }

    private static void length(DataOutput out, int length) throws IOException {
        if (length > MAX_LENGTH) {
            throw new IOException("content snapshot: a string or list of " + length + " is beyond " + MAX_LENGTH);
        }
        out.writeInt(length);
    }

    /** A string's or list's length, or -1 for null. */
    private static int length(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < -1 || length > MAX_LENGTH) {
            throw new IOException("content snapshot: length " + length);
        }
        return length;
    }
}
