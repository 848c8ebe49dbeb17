package dev.prunelab.progress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Flashcard;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.Quiz;
import dev.prunelab.content.Rubric;
import dev.prunelab.web.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Computes a learner's {@link Dashboard} from their events and card states. Read-only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    static final int HEATMAP_DAYS = 182;
    static final int FORECAST_DAYS = 14;

    private final ContentService content;
    private final Json json;

    public DashboardService(ContentService content, Json json) {
        this.content = content;
        this.json = json;
    }

    /** The dashboard of a learner (or of nobody yet: {@code learnerId} empty gives the empty dashboard). */
    public Dashboard build(Optional<Long> learnerId, ZoneId zone, Instant now) {
        List<ProgressEvent> events = learnerId.map(ProgressEvent::forLearner).orElse(List.of());
        List<CardState> cards = learnerId.map(CardState::forLearner).orElse(List.of());
        ContentCatalog catalog = content.catalog();
        LocalDate today = now.atZone(zone).toLocalDate();

        Map<LocalDate, Integer> perDay = new TreeMap<>();
        events.forEach(e -> perDay.merge(e.createdAt.atZone(zone).toLocalDate(), 1, Integer::sum));
        List<Dashboard.DayCount> activity = new ArrayList<>();
        for (int i = HEATMAP_DAYS - 1; i >= 0; i--) {
            LocalDate day = today.minusDays(i);
            activity.add(new Dashboard.DayCount(day, perDay.getOrDefault(day, 0)));
        }

        Map<String, Boolean> latestQuiz = new HashMap<>();
        Set<String> completed = new HashSet<>();
        Set<String> coveredPoints = new HashSet<>();
        Map<String, List<Dashboard.ScorePoint>> trends = new TreeMap<>();
        int practiceAttempts = 0;
        for (ProgressEvent e : events) {
            switch (e.kind) {
                case QUIZ_ANSWER -> latestQuiz.put(e.subject, Boolean.TRUE.equals(e.correct));
                case LESSON_COMPLETED -> completed.add(e.subject);
                case PRACTICE_ATTEMPT -> {
                    practiceAttempts++;
                    readPractice(e, zone, coveredPoints, trends);
                }
                default -> {}
            }
        }

        Map<String, CardState> stateByCard =
                cards.stream().collect(Collectors.toMap(c -> c.cardId, Function.identity()));
        Map<String, List<String>> pointsByLesson = pointsByLesson(catalog);
        List<Mastery> mastery = catalog.lessons().stream()
                .map(l -> mastery(l, catalog, latestQuiz, stateByCard, pointsByLesson.get(l.id()), coveredPoints))
                .toList();
        Optional<Mastery> studyNext =
                mastery.stream().filter(m -> m.mastery() < 0.8).min(Comparator.comparingDouble(Mastery::mastery));

        List<Dashboard.DayCount> forecast = new ArrayList<>();
        for (int i = 0; i < FORECAST_DAYS; i++) {
            LocalDate day = today.plusDays(i);
            boolean first = i == 0;
            int due = (int) cards.stream()
                    .map(c -> c.dueAt.atZone(zone).toLocalDate())
                    .filter(d -> first ? !d.isAfter(day) : d.equals(day))
                    .count();
            forecast.add(new Dashboard.DayCount(day, due));
        }
        long answered = latestQuiz.size();
        Double quizAccuracy = answered == 0
                ? null
                : latestQuiz.values().stream().filter(b -> b).count() / (double) answered;
        int cardsDueNow =
                (int) cards.stream().filter(c -> !c.dueAt.isAfter(now)).count();
        int reviews = (int) events.stream()
                .filter(e -> e.kind == ProgressEvent.Kind.CARD_REVIEW)
                .count();
        return new Dashboard(
                zone.getId(),
                today,
                activity,
                Streaks.of(perDay.keySet(), today),
                events.size(),
                (int) catalog.lessons().stream()
                        .filter(l -> completed.contains(l.id()))
                        .count(),
                catalog.lessons().size(),
                quizAccuracy,
                reviews,
                cardsDueNow,
                mastery,
                trends,
                forecast,
                studyNext,
                practiceAttempts);
    }

    private static Mastery mastery(
            Lesson lesson,
            ContentCatalog catalog,
            Map<String, Boolean> latestQuiz,
            Map<String, CardState> states,
            List<String> points,
            Set<String> covered) {
        List<Quiz.Question> questions =
                catalog.quiz(lesson.id()).map(Quiz::questions).orElse(List.of());
        double quiz = questions.isEmpty()
                ? 0
                : questions.stream()
                                .filter(q -> latestQuiz.getOrDefault(q.id(), false))
                                .count()
                        / (double) questions.size();
        List<Flashcard> lessonCards = catalog.flashcards(lesson.id());
        double cards = lessonCards.isEmpty()
                ? 0
                : lessonCards.stream()
                        .mapToDouble(c ->
                                states.containsKey(c.id()) ? Mastery.cardStrength(states.get(c.id()).stability) : 0)
                        .average()
                        .orElse(0);
        Double practice = points == null || points.isEmpty()
                ? null
                : points.stream().filter(covered::contains).count() / (double) points.size();
        return Mastery.of(lesson.id(), lesson.title(), lesson.href(), quiz, cards, practice);
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

    /**
     * Reads a practice attempt's detail: {@code {"dimensions": {"foundations": 2.5, …}, "covered": ["point-id", …]}}.
     * Malformed details are skipped: the dashboard shows what it can.
     */
    private void readPractice(
            ProgressEvent e, ZoneId zone, Set<String> covered, Map<String, List<Dashboard.ScorePoint>> trends) {
        Optional<JsonNode> detail = json.tree(e.detail);
        if (detail.isEmpty()) {
            return;
        }
        detail.get().path("covered").forEach(p -> covered.add(p.asText()));
        LocalDate day = e.createdAt.atZone(zone).toLocalDate();
        detail.get()
                .path("dimensions")
                .fields()
                .forEachRemaining(d -> trends.computeIfAbsent(d.getKey(), k -> new ArrayList<>())
                        .add(new Dashboard.ScorePoint(day, d.getValue().asDouble(), e.subject)));
    }
}
