package dev.prunelab.interview;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentLink;
import dev.prunelab.practice.AnswerHtml;
import dev.prunelab.practice.Dimensions;
import dev.prunelab.practice.feedback.Feedback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The end-of-interview report: scores per dimension (the engine's mean over the answers and, in a pair, the
 * interviewer's 1–4), the overall score, each answer with its feedback notes (the transcript) and the lessons to
 * review.
 *
 * @param overall     the interviewer's mean when they scored, else the engine's mean answer score (hint costs included)
 * @param dimensions  one row per dimension, in rubric order
 * @param turns       the transcript
 * @param lessons     lesson sections to review, most important first
 * @param verdict     the last word on the question, with its reasons
 */
public record InterviewReport(
        double overall,
        double engineOverall,
        Double interviewerOverall,
        List<Row> dimensions,
        List<Turn> turns,
        List<Lesson> lessons,
        Verdict verdict) {

    static final int MAX_LESSONS = 6;

    /** A dimension's scores: the engine's mean (null when no answer was graded on it) and the interviewer's (or null). */
    public record Row(String id, String label, Double engine, Integer interviewer) {}

    /**
     * One question and its answer. {@code feedback} is empty for a question left unanswered or the interviewer's own
     * ({@code ownQuestion}), which the engine does not score.
     */
    public record Turn(
            int position,
            boolean ownQuestion,
            String questionId,
            String question,
            String reason,
            int timeBoxMinutes,
            String answer,
            String answerHtml,
            int hints,
            Double score,
            Integer secondsTaken,
            Optional<Feedback> feedback) {
        /** Seconds past the time box (0 within it). */
        public Integer overtimeSeconds() {
            return secondsTaken == null ? 0 : Math.max(0, secondsTaken - timeBoxMinutes * 60);
        }
    }

    /** A lesson section to review and the missed point that sends you there. */
    public record Lesson(String title, String href, String because) {}

    /** The overall score and each dimension's engine score, for the progress record. */
    record Scores(double overall, Map<String, Double> dimensions) {}

    static Scores scores(List<Map.Entry<InterviewTurn, Optional<Feedback>>> turns, Map<String, Integer> interviewer) {
        Map<String, List<Double>> byDimension = new LinkedHashMap<>();
        Dimensions.LABELS.keySet().forEach(id -> byDimension.put(id, new ArrayList<>()));
        turns.forEach(e -> e.getValue()
                .filter(Feedback::scored)
                .ifPresent(f -> f.dimensions()
                        .forEach(d -> byDimension
                                .computeIfAbsent(d.id(), k -> new ArrayList<>())
                                .add(d.score()))));
        Map<String, Double> dimensions = new LinkedHashMap<>();
        byDimension.forEach((id, scores) -> {
            if (!scores.isEmpty()) {
                dimensions.put(
                        id,
                        round(scores.stream()
                                .mapToDouble(Double::doubleValue)
                                .average()
                                .orElse(0)));
            }
        });
        // the interviewer's own questions have no engine score and do not count in its mean
        double engine = round(turns.stream()
                .filter(e -> e.getKey().answered() && !e.getKey().ownQuestion())
                .mapToDouble(e -> e.getKey().score == null ? 0 : e.getKey().score)
                .average()
                .orElse(0));
        double overall = interviewer.isEmpty()
                ? engine
                : round(interviewer.values().stream()
                        .mapToInt(Integer::intValue)
                        .average()
                        .orElse(0));
        return new Scores(overall, dimensions);
    }

    /** Builds the report of a session from its turns (each with its feedback) and the interviewer's scores. */
    public static InterviewReport of(
            ContentCatalog catalog,
            List<Map.Entry<InterviewTurn, Optional<Feedback>>> turns,
            Map<String, Integer> interviewer) {
        Scores scores = scores(turns, interviewer);
        List<Row> rows = Dimensions.LABELS.entrySet().stream()
                .map(e -> new Row(
                        e.getKey(), e.getValue(), scores.dimensions().get(e.getKey()), interviewer.get(e.getKey())))
                .toList();
        double engine = scores(turns, Map.of()).overall();
        Double interviewerOverall = interviewer.isEmpty() ? null : scores.overall();
        List<Turn> transcript = turns.stream()
                .map(e -> {
                    InterviewTurn t = e.getKey();
                    return new Turn(
                            t.position,
                            t.ownQuestion(),
                            t.questionId,
                            question(catalog, t),
                            t.reason,
                            t.timeBoxMinutes,
                            t.answer,
                            t.answer == null ? "" : AnswerHtml.render(t.answer),
                            t.hints,
                            t.score,
                            t.answeredAt == null
                                    ? null
                                    : (int) Duration.between(t.askedAt, t.answeredAt)
                                            .toSeconds(),
                            e.getValue());
                })
                .toList();
        Verdict verdict = Verdict.of(
                scores.overall(),
                interviewerOverall != null,
                rows,
                turns.size(),
                (int) turns.stream().filter(e -> e.getKey().answered()).count(),
                turns.stream()
                        .anyMatch(e -> e.getKey().position == 0 && e.getKey().answered()));
        return new InterviewReport(
                scores.overall(), engine, interviewerOverall, rows, transcript, lessons(catalog, turns), verdict);
    }

    /** The question a turn asked: the interviewer's own words, else the prompt of its card or follow-up. */
    static String question(ContentCatalog catalog, InterviewTurn turn) {
        return turn.ownQuestion() ? turn.questionText : question(catalog, turn.questionId);
    }

    /** The prompt of a question card or follow-up. */
    static String question(ContentCatalog catalog, String id) {
        return catalog.question(id)
                .map(q -> q.prompt())
                .or(() -> catalog.followUp(id).map(f -> f.question()))
                .orElse(id);
    }

    private static List<Lesson> lessons(
            ContentCatalog catalog, List<Map.Entry<InterviewTurn, Optional<Feedback>>> turns) {
        Map<String, Lesson> lessons = new LinkedHashMap<>();
        turns.stream()
                .flatMap(e -> e.getValue().stream())
                .flatMap(f -> f.misconceptions().stream())
                .forEach(m -> lessons.putIfAbsent(m.href(), lesson(catalog, m.href(), "Correct: " + m.claim())));
        turns.stream()
                .flatMap(e -> e.getValue().stream())
                .flatMap(f -> f.missedPoints().stream())
                .sorted(Comparator.comparingInt((Feedback.MissedPoint p) -> -p.weight()))
                .forEach(p ->
                        lessons.putIfAbsent(p.href(), lesson(catalog, p.href(), FollowUpPlanner.shorten(p.text()))));
        return lessons.values().stream().limit(MAX_LESSONS).toList();
    }

    private static Lesson lesson(ContentCatalog catalog, String href, String because) {
        ContentLink link = ContentLink.parse(href.replaceFirst("^/learn/", ""));
        String title = catalog.lesson(link.lessonId())
                .map(l -> l.title()
                        + l.headings().stream()
                                .filter(h -> h.anchor().equals(link.anchor()))
                                .map(h -> " › " + h.text())
                                .findFirst()
                                .orElse(""))
                .orElse(href);
        return new Lesson(title, href, because);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
