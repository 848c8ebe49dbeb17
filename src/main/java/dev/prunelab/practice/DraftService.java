package dev.prunelab.practice;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.practice.feedback.FeedbackEngine;
import dev.prunelab.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Autosaved drafts: one per learner and question, overwritten by each save, committed before the response. */
@ApplicationScoped
@Transactional
public class DraftService {

    private final FeedbackService feedback;
    private final CurrentLearner learner;
    private final PracticeQuota quota;

    public DraftService(FeedbackService feedback, CurrentLearner learner, PracticeQuota quota) {
        this.feedback = feedback;
        this.learner = learner;
        this.quota = quota;
    }

    /**
     * Saves the current learner's draft (creating a guest learner if needed).
     *
     * @throws InvalidInput naming the field, for an unknown question, an answer over 20,000 characters,
     *                                  a time box outside 1–60 minutes or an elapsed time outside 0–86,400 seconds
     */
    public Draft save(String questionId, String answer, Integer timeBoxMinutes, Integer elapsedSeconds) {
        if (feedback.question(questionId).isEmpty()) {
            throw InvalidInput.of("question", "unknown id '" + questionId + "'");
        }
        String text = answer == null ? "" : answer;
        if (text.length() > FeedbackEngine.MAX_ANSWER_CHARS) {
            throw InvalidInput.of(
                    "answer", text.length() + " characters; at most " + FeedbackEngine.MAX_ANSWER_CHARS + " allowed");
        }
        if (timeBoxMinutes != null
                && (timeBoxMinutes < FeedbackEngine.MIN_TIME_BOX || timeBoxMinutes > FeedbackEngine.MAX_TIME_BOX)) {
            throw InvalidInput.of(
                    "timeBoxMinutes",
                    timeBoxMinutes + "; allowed values: " + FeedbackEngine.MIN_TIME_BOX + " to "
                            + FeedbackEngine.MAX_TIME_BOX);
        }
        AttemptService.checkElapsed(elapsedSeconds);
        long learnerId = learner.require().id;
        quota.checkDraft(learnerId, questionId, text.length());
        Draft draft = Draft.find(learnerId, questionId).orElseGet(() -> {
            Draft d = new Draft();
            d.learnerId = learnerId;
            d.questionId = questionId;
            return d;
        });
        draft.answer = text;
        draft.timeBoxMinutes = timeBoxMinutes;
        draft.elapsedSeconds = elapsedSeconds == null ? 0 : elapsedSeconds;
        draft.updatedAt = Instant.now();
        draft.persist();
        return draft;
    }

    /** The current learner's draft for a question, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Draft> find(String questionId) {
        return learner.findId().flatMap(id -> Draft.find(id, questionId));
    }

    /** Discards the current learner's draft for a question. */
    public boolean discard(String questionId) {
        return learner.findId()
                .flatMap(id -> Draft.find(id, questionId))
                .map(d -> {
                    d.delete();
                    return true;
                })
                .orElse(false);
    }
}
