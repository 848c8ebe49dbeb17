package dev.prunelab.progress;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.Flashcard;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.LessonState;
import dev.prunelab.content.Quiz;
import dev.prunelab.content.Rubric;
import dev.prunelab.web.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a learner stands on each lesson of the path, and what to study next, from their events and card states.
 *
 * <p>Study next follows the path: the first lesson that is not read yet, or whose quiz has answers to revisit (missed,
 * or wrong at the first try and not retried), so a later lesson is never suggested while an earlier one is untouched.
 * Once every lesson is read and no quiz answer needs revisiting, it is the lesson of lowest mastery below
 * {@value #MASTERED}.
 */
public final class StudyPlan {

    /** Mastery from which a lesson counts as learned. */
    static final double MASTERED = 0.8;

    /**
     * One lesson's standing.
     *
     * @param quizAnswered questions of its quiz answered at least once
     * @param quizScore    the credit of their latest outcomes (1 right at the first try, ½ at the second)
     * @param quizToRevisit questions whose latest outcome is missed
     */
    public record Entry(
            Lesson lesson,
            LessonState.Stage stage,
            Mastery mastery,
            int quizQuestions,
            int quizAnswered,
            double quizScore,
            int quizToRevisit) {}

    /** The lesson to study next and why. */
    public record StudyNext(Mastery lesson, String reason) {}

    private final List<Entry> entries;
    private final Map<String, QuizAttempt.Outcome> outcomes;

    private StudyPlan(List<Entry> entries, Map<String, QuizAttempt.Outcome> outcomes) {
        this.entries = entries;
        this.outcomes = outcomes;
    }

    /** The plan of a learner from all their events (oldest first) and card states. */
    public static StudyPlan of(ContentCatalog catalog, List<ProgressEvent> events, List<CardState> cards, Json json) {
        Map<String, QuizAttempt.Outcome> outcomes = QuizAttempt.latestOutcomes(catalog.quizzes(), events);
        Set<String> opened = new HashSet<>();
        Set<String> completed = new HashSet<>();
        Set<String> covered = new HashSet<>();
        for (ProgressEvent e : events) {
            switch (e.kind) {
                case LESSON_OPENED -> opened.add(e.subject);
                case LESSON_COMPLETED -> completed.add(e.subject);
                case PRACTICE_ATTEMPT -> PracticeDetail.of(e, json).ifPresent(d -> covered.addAll(d.covered()));
                default -> {}
            }
        }
        Map<String, CardState> stateByCard =
                cards.stream().collect(Collectors.toMap(c -> c.cardId, Function.identity()));
        Map<String, List<String>> pointsByLesson = pointsByLesson(catalog);
        List<Entry> entries = new ArrayList<>();
        for (Lesson lesson : catalog.lessons()) {
            List<Quiz.Question> questions =
                    catalog.quiz(lesson.id()).map(Quiz::questions).orElse(List.of());
            List<QuizAttempt.Outcome> answered = questions.stream()
                    .map(q -> outcomes.get(q.id()))
                    .filter(o -> o != null)
                    .toList();
            double quizScore =
                    answered.stream().mapToDouble(QuizAttempt.Outcome::credit).sum();
            int toRevisit = (int) answered.stream()
                    .filter(o -> o == QuizAttempt.Outcome.MISSED)
                    .count();
            LessonState.Stage stage = completed.contains(lesson.id())
                    ? LessonState.Stage.COMPLETED
                    : opened.contains(lesson.id()) || !answered.isEmpty()
                            ? LessonState.Stage.READ
                            : LessonState.Stage.NOT_STARTED;
            Mastery mastery = Mastery.of(
                    lesson.id(),
                    lesson.title(),
                    lesson.href(),
                    questions.isEmpty() ? 0 : quizScore / questions.size(),
                    cardsSignal(catalog.flashcards(lesson.id()), stateByCard),
                    practiceSignal(pointsByLesson.get(lesson.id()), covered));
            entries.add(new Entry(lesson, stage, mastery, questions.size(), answered.size(), quizScore, toRevisit));
        }
        return new StudyPlan(List.copyOf(entries), outcomes);
    }

    private static double cardsSignal(List<Flashcard> lessonCards, Map<String, CardState> states) {
        return lessonCards.stream()
                .mapToDouble(c -> states.containsKey(c.id()) ? Mastery.cardStrength(states.get(c.id()).stability) : 0)
                .average()
                .orElse(0);
    }

    private static Double practiceSignal(List<String> points, Set<String> covered) {
        return points == null || points.isEmpty()
                ? null
                : points.stream().filter(covered::contains).count() / (double) points.size();
    }

    /** For each lesson, the ids of the rubric points (any question) whose teaching section is in it. */
    private static Map<String, List<String>> pointsByLesson(ContentCatalog catalog) {
        Map<String, List<String>> byLesson = new LinkedHashMap<>();
        for (Rubric rubric : catalog.rubrics()) {
            for (Rubric.Dimension d : rubric.dimensions()) {
                d.points()
                        .forEach(p -> byLesson.computeIfAbsent(p.lesson().lessonId(), k -> new ArrayList<>())
                                .add(p.id()));
            }
        }
        return byLesson;
    }

    /** Every lesson in path order. */
    public List<Entry> entries() {
        return entries;
    }

    public List<Mastery> mastery() {
        return entries.stream().map(Entry::mastery).toList();
    }

    /** The first lesson on the path not read yet or with quiz answers to revisit. */
    public Optional<Entry> pathNext() {
        return entries.stream()
                .filter(e -> e.stage() == LessonState.Stage.NOT_STARTED || e.quizToRevisit() > 0)
                .findFirst();
    }

    public Optional<StudyNext> studyNext() {
        Optional<Entry> onPath = pathNext();
        if (onPath.isPresent()) {
            Entry e = onPath.get();
            String reason = e.stage() == LessonState.Stage.NOT_STARTED
                    ? "Next on the path: not read yet."
                    : e.quizToRevisit() == 1
                            ? "1 quiz question to revisit."
                            : e.quizToRevisit() + " quiz questions to revisit.";
            return Optional.of(new StudyNext(e.mastery(), reason));
        }
        return mastery().stream()
                .filter(m -> m.mastery() < MASTERED)
                .min(Comparator.comparingDouble(Mastery::mastery))
                .map(m -> new StudyNext(m, "Your weakest lesson: mastery " + m.percent() + "%."));
    }

    /** The share of answered quiz questions whose latest outcome is right (at the first or second try). */
    public Optional<Double> quizAccuracy() {
        if (outcomes.isEmpty()) {
            return Optional.empty();
        }
        long right = outcomes.values().stream()
                .filter(o -> o != QuizAttempt.Outcome.MISSED)
                .count();
        return Optional.of(right / (double) outcomes.size());
    }

    public int lessonsCompleted() {
        return (int) entries.stream()
                .filter(e -> e.stage() == LessonState.Stage.COMPLETED)
                .count();
    }

    /** Each lesson's state as the reading pages show it. */
    public Map<String, LessonState> lessonStates() {
        Optional<StudyNext> next = studyNext();
        Map<String, LessonState> states = new LinkedHashMap<>();
        for (Entry e : entries) {
            String why = next.filter(
                            n -> n.lesson().lessonId().equals(e.lesson().id()))
                    .map(StudyNext::reason)
                    .orElse("");
            states.put(
                    e.lesson().id(),
                    new LessonState(
                            e.stage(),
                            e.quizQuestions(),
                            e.quizAnswered(),
                            e.quizScore(),
                            e.mastery().mastery(),
                            why));
        }
        return states;
    }
}
