package dev.prunelab.content;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole curriculum, validated and immutable. Built by {@link ContentLoader} (at build time for the packaged copy,
 * which start-up reads back from {@link ContentSnapshot}); shared by every request.
 */
public final class ContentCatalog {

    /** The catalog's seven kinds of content, one list each: what it is built from and what its snapshot holds. */
    record Parts(
            List<Lesson> lessons,
            List<QuestionCard> questions,
            List<LabPreset> presets,
            List<Quiz> quizzes,
            List<Flashcard> flashcards,
            List<Rubric> rubrics,
            List<Drill> drills) {}

    private final Map<String, Lesson> lessons;
    private final Map<String, QuestionCard> questions;
    private final Map<String, LabPreset> presets;
    private final Map<String, Quiz> quizzes;
    private final List<Flashcard> flashcards;
    private final Map<String, Rubric> rubrics;
    private final Map<String, Drill> drills;

    private ContentCatalog(
            Map<String, Lesson> lessons,
            Map<String, QuestionCard> questions,
            Map<String, LabPreset> presets,
            Map<String, Quiz> quizzes,
            List<Flashcard> flashcards,
            Map<String, Rubric> rubrics,
            Map<String, Drill> drills) {
        this.lessons = lessons;
        this.questions = questions;
        this.presets = presets;
        this.quizzes = quizzes;
        this.flashcards = flashcards;
        this.rubrics = rubrics;
        this.drills = drills;
    }

    /**
     * The catalog of these items, as {@link ContentLoader} parsed them: lessons in learning-path order, question cards
     * by id, flashcards grouped by lesson in path order, drills by number; everything else as given. Of items with the same id the
     * first is kept (the loader reports the others).
     */
    static ContentCatalog of(Parts parts) {
        List<Lesson> lessons = parts.lessons();
        Map<String, Lesson> path = byKey(
                lessons.stream().sorted(Comparator.comparingInt(Lesson::order)).toList());
        List<QuestionCard> cardsById = parts.questions().stream()
                .sorted(Comparator.comparing(QuestionCard::id))
                .toList();
        List<Flashcard> cardsByLesson = parts.flashcards().stream()
                .sorted(Comparator.comparingInt((Flashcard c) -> order(path, c.lessonId())))
                .toList();
        List<Drill> drillsInOrder = parts.drills().stream()
                .sorted(Comparator.comparingInt(Drill::number).thenComparing(Drill::id))
                .toList();
        return new ContentCatalog(
                path,
                byKey(cardsById),
                byKey(parts.presets()),
                byKey(parts.quizzes()),
                cardsByLesson,
                byKey(parts.rubrics()),
                byKey(drillsInOrder));
    }

    /**
     * The catalog of items already in catalog order, as its own accessors return them: a catalog read back from
     * {@link ContentCodec}. Only indexed, not sorted again, in plain loops (no lambdas to spin in a cold JVM).
     */
    static ContentCatalog inCatalogOrder(Parts parts) {
        return new ContentCatalog(
                byKey(parts.lessons()),
                byKey(parts.questions()),
                byKey(parts.presets()),
                byKey(parts.quizzes()),
                parts.flashcards(),
                byKey(parts.rubrics()),
                byKey(parts.drills()));
    }

    /** The catalog's lists in the order its accessors return them (what {@link ContentCodec} writes). */
    Parts parts() {
        return new Parts(lessons(), questions(), presets(), quizzes(), flashcards(), rubrics(), drills());
    }

    private static <T> Map<String, T> byKey(List<T> items) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T item : items) {
            byKey.putIfAbsent(key(item), item);
        }
        return byKey;
    }

    /** What the catalog finds an item by: its id; for a quiz its lesson's, for a rubric its question's. */
    private static String key(Object item) {
        if (item instanceof Lesson lesson) {
            return lesson.id();
        } else if (item instanceof QuestionCard card) {
            return card.id();
        } else if (item instanceof LabPreset preset) {
            return preset.id();
        } else if (item instanceof Quiz quiz) {
            return quiz.lessonId();
        } else if (item instanceof Rubric rubric) {
            return rubric.questionId();
        } else if (item instanceof Drill drill) {
            return drill.id();
        }
        throw new IllegalArgumentException("not a catalog item: " + item.getClass());
    }

    private static int order(Map<String, Lesson> lessons, String lessonId) {
        Lesson lesson = lessons.get(lessonId);
        return lesson == null ? Integer.MAX_VALUE : lesson.order();
    }

    /** All lessons in learning-path order. */
    public List<Lesson> lessons() {
        return List.copyOf(lessons.values());
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(lessons.get(id));
    }

    /** The lessons of one track, in order. */
    public List<Lesson> lessons(Lesson.Track track) {
        return lessons.values().stream().filter(l -> l.track() == track).toList();
    }

    /** The lesson before and after this one on the learning path. */
    public Optional<Lesson> previous(Lesson lesson) {
        return neighbour(lesson, -1);
    }

    public Optional<Lesson> next(Lesson lesson) {
        return neighbour(lesson, 1);
    }

    private Optional<Lesson> neighbour(Lesson lesson, int step) {
        List<Lesson> path = lessons();
        int index = path.indexOf(lesson) + step;
        return index >= 0 && index < path.size() && path.indexOf(lesson) >= 0
                ? Optional.of(path.get(index))
                : Optional.empty();
    }

    /** All question cards, by id. */
    public List<QuestionCard> questions() {
        return List.copyOf(questions.values());
    }

    public Optional<QuestionCard> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** The question card the home page shows: the first by id (the seed card, model-pruning). */
    public Optional<QuestionCard> featuredQuestion() {
        return question("model-pruning").or(() -> questions.values().stream().findFirst());
    }

    /** A follow-up question by id, from any question card. */
    public Optional<QuestionCard.FollowUp> followUp(String id) {
        return questions.values().stream()
                .flatMap(q -> q.followUps().stream())
                .filter(f -> f.id().equals(id))
                .findFirst();
    }

    /** All quizzes, in learning-path order of their lessons. */
    public List<Quiz> quizzes() {
        return quizzes.values().stream()
                .sorted(Comparator.comparingInt(q -> order(lessons, q.lessonId())))
                .toList();
    }

    public Optional<Quiz> quiz(String lessonId) {
        return Optional.ofNullable(quizzes.get(lessonId));
    }

    /** All flashcards, grouped by lesson in learning-path order. */
    public List<Flashcard> flashcards() {
        return flashcards;
    }

    public List<Flashcard> flashcards(String lessonId) {
        return flashcards.stream().filter(c -> c.lessonId().equals(lessonId)).toList();
    }

    public List<Rubric> rubrics() {
        return List.copyOf(rubrics.values());
    }

    /** The debugging drills, by number. */
    public List<Drill> drills() {
        return List.copyOf(drills.values());
    }

    public Optional<Drill> drill(String id) {
        return Optional.ofNullable(drills.get(id));
    }

    /** The rubric for a question card, follow-up or drill id. */
    public Optional<Rubric> rubric(String questionId) {
        return Optional.ofNullable(rubrics.get(questionId));
    }

    public List<LabPreset> presets() {
        return List.copyOf(presets.values());
    }

    public Optional<LabPreset> preset(String id) {
        return Optional.ofNullable(presets.get(id));
    }
}
