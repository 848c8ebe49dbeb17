package dev.prunelab.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.prunelab.account.Learner;
import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Flashcard;
import dev.prunelab.content.Quiz;
import dev.prunelab.content.Rubric;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's figures from a seeded history, at a fixed moment in a fixed time zone. */
@QuarkusTest
class DashboardServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 2026-11-28 12:00 UTC = 13:00 in Berlin. */
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    static final String LESSON = "schedules";

    @Inject
    DashboardService dashboards;

    @Inject
    ContentService content;

    long learner;
    Quiz quiz;
    List<Flashcard> cards;
    List<String> lessonPoints;

    @BeforeEach
    void seed() {
        ContentCatalog catalog = content.catalog();
        quiz = catalog.quiz(LESSON).orElseThrow();
        cards = catalog.flashcards(LESSON);
        lessonPoints = catalog.rubrics().stream()
                .flatMap(r -> r.dimensions().stream())
                .flatMap(d -> d.points().stream())
                .filter(p -> p.lesson().lessonId().equals(LESSON))
                .map(Rubric.Point::id)
                .toList();
        learner = QuarkusTransaction.requiringNew().call(() -> {
            Learner l = new Learner();
            l.createdAt = NOW;
            l.persist();
            // Activity: today, yesterday (23:30 UTC on the 26th is already the 27th in Berlin), the day before, and 10
            // days ago.
            event(
                    l.id,
                    ProgressEvent.Kind.QUIZ_ANSWER,
                    quiz.questions().get(0).id(),
                    true,
                    null,
                    null,
                    Instant.parse("2026-11-28T08:00:00Z"));
            event(
                    l.id,
                    ProgressEvent.Kind.QUIZ_ANSWER,
                    quiz.questions().get(1).id(),
                    false,
                    null,
                    null,
                    Instant.parse("2026-11-26T23:30:00Z"));
            event(
                    l.id,
                    ProgressEvent.Kind.LESSON_COMPLETED,
                    LESSON,
                    null,
                    null,
                    null,
                    Instant.parse("2026-11-26T10:00:00Z"));
            event(
                    l.id,
                    ProgressEvent.Kind.PRACTICE_ATTEMPT,
                    "model-pruning",
                    null,
                    2.0,
                    "{\"dimensions\":{\"foundations\":1.5,\"evaluation\":3.0},\"covered\":[\"" + lessonPoints.get(0)
                            + "\"]}",
                    Instant.parse("2026-11-18T09:00:00Z"));
            card(l.id, cards.get(0).id(), 21, NOW.plus(Duration.ofDays(3)));
            card(l.id, cards.get(1).id(), 2, NOW.minus(Duration.ofDays(1)));
            return l.id;
        });
    }

    private static void event(
            long learner,
            ProgressEvent.Kind kind,
            String subject,
            Boolean correct,
            Double score,
            String detail,
            Instant at) {
        ProgressEvent e = new ProgressEvent();
        e.learnerId = learner;
        e.kind = kind;
        e.subject = subject;
        e.correct = correct;
        e.score = score;
        e.detail = detail;
        e.createdAt = at;
        e.persist();
    }

    private static void card(long learner, String cardId, double stability, Instant due) {
        CardState s = new CardState();
        s.learnerId = learner;
        s.cardId = cardId;
        s.stability = stability;
        s.difficulty = 5;
        s.reps = 2;
        s.lapses = 0;
        s.lastReviewAt = NOW.minus(Duration.ofDays(2));
        s.dueAt = due;
        s.persist();
    }

    private Dashboard dashboard() {
        return QuarkusTransaction.requiringNew().call(() -> dashboards.build(Optional.of(learner), BERLIN, NOW));
    }

    @Test
    void activityAndStreaksUseTheLearnersTimeZone() {
        Dashboard d = dashboard();
        assertThat(d.today()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(d.activity()).hasSize(DashboardService.HEATMAP_DAYS);
        assertThat(d.activity().get(d.activity().size() - 1))
                .isEqualTo(new Dashboard.DayCount(LocalDate.of(2026, 11, 28), 1));
        assertThat(d.activity().get(d.activity().size() - 2))
                .isEqualTo(new Dashboard.DayCount(LocalDate.of(2026, 11, 27), 1));
        assertThat(d.activity().get(d.activity().size() - 3))
                .isEqualTo(new Dashboard.DayCount(LocalDate.of(2026, 11, 26), 1));
        assertThat(d.streaks()).isEqualTo(new Streaks(3, 3));
        assertThat(d.totalActivities()).isEqualTo(4);
    }

    @Test
    void masteryCombinesQuizCardsAndPracticeAsExplained() {
        Dashboard d = dashboard();
        Mastery m = d.mastery().stream()
                .filter(x -> x.lessonId().equals(LESSON))
                .findFirst()
                .orElseThrow();
        double quizShare = 1.0 / quiz.questions().size();
        double cardShare = (1.0 + 2.0 / 21) / cards.size();
        double practiceShare = 1.0 / lessonPoints.size();
        assertThat(m.quiz()).isCloseTo(quizShare, within(1e-12));
        assertThat(m.cards()).isCloseTo(cardShare, within(1e-12));
        assertThat(m.practice()).isCloseTo(practiceShare, within(1e-12));
        assertThat(m.mastery()).isCloseTo(0.4 * quizShare + 0.3 * cardShare + 0.3 * practiceShare, within(1e-12));
        assertThat(d.quizAccuracy()).isEqualTo(0.5);
        assertThat(d.lessonsCompleted()).isEqualTo(1);
    }

    @Test
    void trendsForecastAndStudyNext() {
        Dashboard d = dashboard();
        assertThat(d.practiceTrends())
                .containsExactly(new Dashboard.QuestionTrend(
                        "model-pruning",
                        content.catalog()
                                .question("model-pruning")
                                .orElseThrow()
                                .title(),
                        false,
                        List.of(new Dashboard.ScorePoint(
                                LocalDate.of(2026, 11, 18), 2.0, Map.of("foundations", 1.5, "evaluation", 3.0)))));
        assertThat(d.dueForecast()).hasSize(14);
        assertThat(d.dueForecast().get(0).count()).isEqualTo(1); // the overdue card
        assertThat(d.dueForecast().get(3).count()).isEqualTo(1); // due in three days
        assertThat(d.cardsDueNow()).isEqualTo(1);
        // the path's first lesson is not read yet: it comes before the lessons this learner worked on
        assertThat(d.studyNext()).isPresent();
        assertThat(d.studyNext().get().lesson().lessonId())
                .isEqualTo(content.catalog().lessons().get(0).id());
        assertThat(d.studyNext().get().reason()).isEqualTo("Next on the path: not read yet.");
        assertThat(d.practiceAttempts()).isEqualTo(1);
    }

    @Test
    void nobodyGetsAnEmptyDashboard() {
        Dashboard d = QuarkusTransaction.requiringNew().call(() -> dashboards.build(Optional.empty(), BERLIN, NOW));
        assertThat(d.totalActivities()).isZero();
        assertThat(d.streaks()).isEqualTo(new Streaks(0, 0));
        assertThat(d.mastery()).allSatisfy(m -> assertThat(m.mastery()).isZero());
    }
}
