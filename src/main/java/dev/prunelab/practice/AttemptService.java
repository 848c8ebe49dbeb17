package dev.prunelab.practice;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.practice.feedback.Feedback;
import dev.prunelab.progress.ProgressEvent;
import dev.prunelab.progress.ProgressService;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.Json;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submitting practice answers and reading them back. A submitted answer is graded, stored with its feedback,
 * recorded in progress and its draft removed, in one transaction that commits before the caller responds. Only the
 * current learner's attempts are ever returned.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttemptService {

    /** The longest time the workspace timer may report, in seconds (a day). */
    public static final int MAX_ELAPSED_SECONDS = 86_400;

    private final FeedbackService feedback;
    private final ProgressService progress;
    private final CurrentLearner learner;
    private final Json json;
    private final PracticeQuota quota;

    public AttemptService(
            FeedbackService feedback,
            ProgressService progress,
            CurrentLearner learner,
            Json json,
            PracticeQuota quota) {
        this.feedback = feedback;
        this.progress = progress;
        this.learner = learner;
        this.json = json;
        this.quota = quota;
    }

    /**
     * What a submission produced: a stored attempt, or (for an answer too short to grade) only the feedback
     * asking for more, with nothing stored.
     */
    public record Submission(Optional<Attempt> attempt, Feedback feedback) {}

    /**
     * Grades and stores an answer of the current learner (creating a guest learner if needed).
     *
     * @throws InvalidInput naming the field, for an unknown question, an answer over 20,000 characters,
     *                                  a time box outside 1–60 minutes or an elapsed time outside 0–86,400 seconds
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Submission submit(String questionId, String answer, Integer timeBoxMinutes, Integer elapsedSeconds) {
        checkElapsed(elapsedSeconds);
        Feedback result = feedback.evaluate(questionId, answer, timeBoxMinutes);
        if (!result.scored()) {
            return new Submission(Optional.empty(), result);
        }
        // The external call happens outside the transaction: it may take seconds and must not hold a connection.
        String llmNotes = feedback.llmNotes(questionId, answer).orElse(null);
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> {
            Attempt a = new Attempt();
            a.learnerId = learner.require().id;
            quota.checkAttempt(a.learnerId, answer.length());
            a.questionId = questionId;
            a.answer = answer;
            a.timeBoxMinutes = timeBoxMinutes;
            a.elapsedSeconds = elapsedSeconds;
            a.overall = result.overall();
            a.feedbackJson = json.write(result);
            a.llmNotes = llmNotes;
            a.createdAt = Instant.now();
            a.persist();
            progress.recordFor(
                    a.learnerId,
                    ProgressEvent.Kind.PRACTICE_ATTEMPT,
                    questionId,
                    null,
                    result.overall(),
                    progressDetail(result));
            Draft.find(a.learnerId, questionId).ifPresent(Draft::delete);
            return a;
        });
        return new Submission(Optional.of(attempt), result);
    }

    /** The current learner's attempts at a question, oldest first. */
    public List<Attempt> history(String questionId) {
        return learner.findId().map(id -> Attempt.history(id, questionId)).orElse(List.of());
    }

    /** One of the current learner's attempts; empty for anybody else's. */
    public Optional<Attempt> find(long attemptId) {
        return learner.findId().flatMap(id -> Attempt.findOwned(attemptId, id));
    }

    /** The stored feedback of an attempt. */
    public Feedback feedback(Attempt attempt) {
        return json.read(attempt.feedbackJson, Feedback.class);
    }

    /**
     * The detail of a PRACTICE_ATTEMPT progress event, which the dashboard parses:
     * {@code {"dimensions":{"foundations":2.5,…},"covered":["<rubric point id>",…]}}.
     */
    public String progressDetail(Feedback result) {
        Map<String, Double> dimensions = new LinkedHashMap<>();
        result.dimensions().forEach(d -> dimensions.put(d.id(), d.score()));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("dimensions", dimensions);
        detail.put(
                "covered",
                result.matchedPoints().stream()
                        .map(Feedback.MatchedPoint::id)
                        .distinct()
                        .toList());
        return json.write(detail);
    }

    static void checkElapsed(Integer elapsedSeconds) {
        if (elapsedSeconds != null && (elapsedSeconds < 0 || elapsedSeconds > MAX_ELAPSED_SECONDS)) {
            throw InvalidInput.of("elapsedSeconds", elapsedSeconds + "; allowed values: 0 to " + MAX_ELAPSED_SECONDS);
        }
    }
}
