package dev.prunelab.interview;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.QuestionCard;
import dev.prunelab.interview.InterviewSession.Status;
import dev.prunelab.practice.AttemptService;
import dev.prunelab.practice.Dimensions;
import dev.prunelab.practice.FeedbackService;
import dev.prunelab.practice.feedback.Feedback;
import dev.prunelab.practice.feedback.FeedbackEngine;
import dev.prunelab.progress.ProgressEvent;
import dev.prunelab.progress.ProgressService;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an interview is scored: each answer graded by the feedback engine less the hints it took, the interviewer's 1–4
 * per dimension in a pair, the follow-ups the gaps in the main answer call for, and the final score recorded in the
 * candidate's progress.
 *
 * @see FollowUpPlanner how the gaps rank the follow-ups
 */
@ApplicationScoped
@Transactional
public class InterviewScoring {

    /** Points taken off an answer's score for each hint. */
    public static final double HINT_COST = 0.25;

    public static final int MAX_HINTS = 3;

    /** The interviewer's scale per dimension. */
    static final int MIN_SCORE = 1, MAX_SCORE = 4;

    private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {};

    private final ContentService content;
    private final FeedbackService feedback;
    private final AttemptService attempts;
    private final ProgressService progress;
    private final Json json;

    public InterviewScoring(
            ContentService content,
            FeedbackService feedback,
            AttemptService attempts,
            ProgressService progress,
            Json json) {
        this.content = content;
        this.feedback = feedback;
        this.attempts = attempts;
        this.progress = progress;
        this.json = json;
    }

    /** Grades the answer to a turn (less its hints) and records it in the answering learner's progress. */
    void grade(InterviewSession session, InterviewTurn turn, String answer) {
        String text = answer == null ? "" : answer.strip();
        if (turn.ownQuestion()) {
            if (text.isEmpty()) {
                throw InvalidInput.of("answer", "is empty: write your answer first");
            }
            FeedbackEngine.checkLength(text);
            turn.answer = text;
            turn.answeredAt = Instant.now();
            return;
        }
        Feedback result = feedback.evaluate(turn.questionId, text, turn.timeBoxMinutes);
        turn.answer = text;
        turn.answeredAt = Instant.now();
        turn.feedbackJson = json.write(result);
        turn.score = result.scored()
                ? Math.max(0, Math.round((result.overall() - HINT_COST * turn.hints) * 10) / 10.0)
                : 0.0;
        // A pair candidate sees no score before the interview is finished, on their dashboard neither: the attempt is
        // recorded when it finishes.
        if (session.mode == InterviewSession.Mode.SOLO) {
            recordAttempt(session, turn, result);
        }
    }

    private void recordAttempt(InterviewSession session, InterviewTurn turn, Feedback result) {
        if (result.scored()) {
            progress.recordFor(
                    session.answeringLearner(),
                    ProgressEvent.Kind.PRACTICE_ATTEMPT,
                    turn.questionId,
                    null,
                    turn.score,
                    attempts.progressDetail(result));
        }
    }

    /** The hints taken so far on a turn: the weightiest key points of its rubric, in that order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> hints(InterviewTurn turn) {
        List<String> all = content.catalog().rubric(turn.questionId).stream()
                .flatMap(r ->
                        r.dimensions().stream().flatMap(d -> d.points().stream().map(p -> Map.entry(d, p))))
                .sorted((a, b) -> b.getValue().weight() - a.getValue().weight())
                .map(e -> "Think about " + Dimensions.label(e.getKey().id()).toLowerCase(Locale.ROOT) + ": "
                        + (e.getValue().paraphrases().isEmpty()
                                ? FollowUpPlanner.shorten(e.getValue().text())
                                : e.getValue().paraphrases().get(0))
                        + ".")
                .limit(MAX_HINTS)
                .toList();
        return all.subList(0, Math.min(turn.hints, all.size()));
    }

    /** Takes one more hint on a turn and returns it; each costs {@value #HINT_COST} points of its score. */
    String takeHint(InterviewTurn turn) {
        if (turn.hints >= MAX_HINTS) {
            throw InterviewSessions.conflict("All " + MAX_HINTS + " hints for this question are taken.");
        }
        turn.hints++;
        List<String> hints = hints(turn);
        return hints.get(hints.size() - 1);
    }

    /** Follow-ups not yet asked, biggest gap in the main answer first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpPlanner.Suggestion> suggestions(InterviewSession session, List<InterviewTurn> turns) {
        QuestionCard card = content.catalog().question(session.questionId).orElseThrow();
        Set<String> asked = turns.stream().map(t -> t.questionId).collect(Collectors.toSet());
        Optional<Feedback> main =
                turns.stream().filter(t -> t.position == 0).findFirst().flatMap(this::feedback);
        return FollowUpPlanner.rank(content.catalog(), card, main, asked);
    }

    /**
     * Keeps the interviewer's scores and private notes on the session.
     *
     * @throws InvalidInput naming the field, for an unknown dimension, a score outside 1–4 or notes too long
     */
    void saveInterviewerScores(InterviewSession session, Map<String, Integer> scores, String notes) {
        Map<String, Integer> checked = new LinkedHashMap<>();
        scores.forEach((dimension, score) -> {
            if (!Dimensions.LABELS.containsKey(dimension)) {
                throw InvalidInput.of(
                        "scores." + dimension,
                        "unknown dimension; allowed: " + String.join(", ", Dimensions.LABELS.keySet()));
            }
            if (score != null && (score < MIN_SCORE || score > MAX_SCORE)) {
                throw InvalidInput.of(
                        "scores." + dimension, score + "; allowed values: " + MIN_SCORE + " to " + MAX_SCORE);
            }
            if (score != null) {
                checked.put(dimension, score);
            }
        });
        if (notes != null && notes.length() > FeedbackEngine.MAX_ANSWER_CHARS) {
            throw InvalidInput.of(
                    "notes", notes.length() + " characters; at most " + FeedbackEngine.MAX_ANSWER_CHARS + " allowed");
        }
        session.interviewerScores = json.write(checked);
        session.privateNotes = notes;
    }

    /** Finishes the session with its overall score, recorded in the candidate's progress if anything was answered. */
    void complete(InterviewSession session, List<InterviewTurn> turns) {
        InterviewReport.Scores scores = InterviewReport.scores(
                turns.stream().map(t -> Map.entry(t, feedback(t))).toList(), interviewerScores(session));
        session.status = Status.FINISHED;
        session.finishedAt = Instant.now();
        session.overall = scores.overall();
        if (session.answeringLearner() != null && turns.stream().anyMatch(InterviewTurn::answered)) {
            if (session.mode == InterviewSession.Mode.PAIR) {
                turns.forEach(t -> feedback(t).ifPresent(result -> recordAttempt(session, t, result)));
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("session", session.id);
            detail.put("minutes", session.minutes);
            detail.put("dimensions", scores.dimensions());
            progress.recordFor(
                    session.answeringLearner(),
                    ProgressEvent.Kind.INTERVIEW,
                    session.mode.name().toLowerCase(Locale.ROOT),
                    null,
                    scores.overall(),
                    json.write(detail));
        }
    }

    /** The engine's feedback on a turn's answer, once answered. */
    public Optional<Feedback> feedback(InterviewTurn turn) {
        return Optional.ofNullable(turn.feedbackJson).map(text -> json.read(text, Feedback.class));
    }

    /** The interviewer's scores per dimension (empty when none are given). */
    public Map<String, Integer> interviewerScores(InterviewSession session) {
        return session.interviewerScores == null ? Map.of() : json.read(session.interviewerScores, SCORES);
    }
}
