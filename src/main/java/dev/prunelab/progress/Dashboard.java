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
 * @param practiceTrends  the practice scores of each question practised (the main question and each follow-up)
 * @param dueForecast     cards due per day for the next 14 days (overdue cards count on day 0)
 * @param studyNext       the lesson to study next and why ({@link StudyPlan})
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
        List<QuestionTrend> practiceTrends,
        List<DayCount> dueForecast,
        Optional<StudyPlan.StudyNext> studyNext,
        int practiceAttempts) {

    /** A number of things on one day. */
    public record DayCount(LocalDate day, int count) {}

    /**
     * The attempts at one practice question, oldest first.
     *
     * @param label the main question's card title, or the follow-up's question
     */
    public record QuestionTrend(String questionId, String label, boolean followUp, List<ScorePoint> attempts) {}

    /**
     * One practice attempt.
     *
     * @param score      the overall score (0–4)
     * @param dimensions the score per rubric dimension
     */
    public record ScorePoint(LocalDate day, double score, Map<String, Double> dimensions) {}
}
