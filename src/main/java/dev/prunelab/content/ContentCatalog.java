package dev.prunelab.content;

import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole curriculum, validated and immutable. Built by {@link ContentLoader}; shared by every request.
 */
public final class ContentCatalog implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Lesson> lessons;
    private final Map<String, QuestionCard> questions;
    private final Map<String, LabPreset> presets;
    private final Map<String, Quiz> quizzes;
    private final List<Flashcard> flashcards;
    private final Map<String, Rubric> rubrics;

    ContentCatalog(List<Lesson> lessons, List<QuestionCard> questions, List<LabPreset> presets, List<Quiz> quizzes,
            List<Flashcard> flashcards, List<Rubric> rubrics) {
        this.lessons = byId(lessons.stream().sorted(Comparator.comparingInt(Lesson::order)).toList(), Lesson::id);
        this.questions = byId(questions.stream().sorted(Comparator.comparing(QuestionCard::id)).toList(), QuestionCard::id);
        this.presets = byId(presets, LabPreset::id);
        this.quizzes = byId(quizzes, Quiz::lessonId);
        this.flashcards = flashcards.stream().sorted(Comparator.comparingInt((Flashcard c) -> order(c.lessonId()))).toList();
        this.rubrics = byId(rubrics, Rubric::questionId);
    }

    private int order(String lessonId) {
        Lesson lesson = lessons.get(lessonId);
        return lesson == null ? Integer.MAX_VALUE : lesson.order();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** All lessons in learning-path order. */
    public List<Lesson> lessons() { return List.copyOf(lessons.values()); }

    public Optional<Lesson> lesson(String id) { return Optional.ofNullable(lessons.get(id)); }

    /** The lessons of one track, in order. */
    public List<Lesson> lessons(Lesson.Track track) {
        return lessons.values().stream().filter(l -> l.track() == track).toList();
    }

    /** The lesson before and after this one on the learning path. */
    public Optional<Lesson> previous(Lesson lesson) { return neighbour(lesson, -1); }

    public Optional<Lesson> next(Lesson lesson) { return neighbour(lesson, 1); }

    private Optional<Lesson> neighbour(Lesson lesson, int step) {
        List<Lesson> path = lessons();
        int index = path.indexOf(lesson) + step;
        return index >= 0 && index < path.size() && path.indexOf(lesson) >= 0 ? Optional.of(path.get(index)) : Optional.empty();
    }

    /** All question cards, by id. */
    public List<QuestionCard> questions() { return List.copyOf(questions.values()); }

    public Optional<QuestionCard> question(String id) { return Optional.ofNullable(questions.get(id)); }

    /** The question card the home page shows: the first by id (the seed card, model-pruning). */
    public Optional<QuestionCard> featuredQuestion() {
        return question("model-pruning").or(() -> questions.values().stream().findFirst());
    }

    /** A follow-up question by id, from any question card. */
    public Optional<QuestionCard.FollowUp> followUp(String id) {
        return questions.values().stream().flatMap(q -> q.followUps().stream()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** All quizzes, in learning-path order of their lessons. */
    public List<Quiz> quizzes() {
        return quizzes.values().stream().sorted(Comparator.comparingInt(q -> order(q.lessonId()))).toList();
    }

    public Optional<Quiz> quiz(String lessonId) { return Optional.ofNullable(quizzes.get(lessonId)); }

    /** All flashcards, grouped by lesson in learning-path order. */
    public List<Flashcard> flashcards() { return flashcards; }

    public List<Flashcard> flashcards(String lessonId) {
        return flashcards.stream().filter(c -> c.lessonId().equals(lessonId)).toList();
    }

    public List<Rubric> rubrics() { return List.copyOf(rubrics.values()); }

    /** The rubric for a question card or follow-up id. */
    public Optional<Rubric> rubric(String questionId) { return Optional.ofNullable(rubrics.get(questionId)); }

    public List<LabPreset> presets() { return List.copyOf(presets.values()); }

    public Optional<LabPreset> preset(String id) { return Optional.ofNullable(presets.get(id)); }
}
