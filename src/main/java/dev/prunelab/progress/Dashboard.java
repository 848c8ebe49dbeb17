package dev.prunelab.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the progress page shows, computed for one learner at one moment.
 *
 * @param activity        activities per day for the last {@value DashboardService#HEATMAP_DAYS} days, oldest first
 * @param mastery         per lesson, in learning-path order
 * @param dimensionTrends practice scores (0–4) per rubric dimension, oldest first
 * @param dueForecast     cards due per day for the next 14 days (overdue cards count on day 0)
 * @param studyNext       the weakest lesson to study next
 */
public record Dashboard(
        String timeZone,
        LocalDate today,
        List<DayCount> activity,
        Streaks streaks,
        int totalActivities,
        int lessonsCompleted,
        int lessonCount,
        Double quizAccuracy,
        int cardsReviewed,
        int cardsDueNow,
        List<Mastery> mastery,
        Map<String, List<ScorePoint>> dimensionTrends,
        List<DayCount> dueForecast,
        Optional<Mastery> studyNext,
        int practiceAttempts) {

    /** A number of things on one day. */
    public record DayCount(LocalDate day, int count) {}

    /** One practice score on one day. */
    public record ScorePoint(LocalDate day, double score, String question) {}
}
