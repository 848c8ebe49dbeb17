package dev.prunelab.progress;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.QuestionCard;
import dev.prunelab.web.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

        StudyPlan plan = StudyPlan.of(catalog, events, cards, json);
        Map<String, Dashboard.QuestionTrend> trends = new LinkedHashMap<>();
        int practiceAttempts = 0;
        for (ProgressEvent e : events) {
            if (e.kind == ProgressEvent.Kind.PRACTICE_ATTEMPT) {
                practiceAttempts++;
                addAttempt(trends, catalog, e, zone);
            }
        }

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
                plan.lessonsCompleted(),
                catalog.lessons().size(),
                plan.quizAccuracy().orElse(null),
                reviews,
                cardsDueNow,
                plan.mastery(),
                List.copyOf(trends.values()),
                forecast,
                plan.studyNext(),
                practiceAttempts);
    }

    /**
     * Adds a practice attempt to its question's trend. The score is the event's (the overall score; a mock interview
     * records it less the hints taken); the detail gives the score per dimension.
     */
    private void addAttempt(
            Map<String, Dashboard.QuestionTrend> trends, ContentCatalog catalog, ProgressEvent e, ZoneId zone) {
        Dashboard.QuestionTrend trend = trends.computeIfAbsent(e.subject, id -> {
            Optional<QuestionCard.FollowUp> followUp = catalog.followUp(id);
            String label = followUp.map(QuestionCard.FollowUp::question)
                    .or(() -> catalog.question(id).map(QuestionCard::title))
                    .orElse(id);
            return new Dashboard.QuestionTrend(id, label, followUp.isPresent(), new ArrayList<>());
        });
        Map<String, Double> dimensions =
                PracticeDetail.of(e, json).map(PracticeDetail::dimensions).orElse(Map.of());
        trend.attempts()
                .add(new Dashboard.ScorePoint(
                        e.createdAt.atZone(zone).toLocalDate(), e.score == null ? 0 : e.score, dimensions));
    }
}
