package dev.prunelab.practice;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.account.RowQuota;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What one learner may keep of practice: graded attempts ({@code prunelab.limits.attempts}) and characters of answer
 * text across attempts and drafts ({@code prunelab.limits.answer-chars}). Drafts need no row cap: a learner keeps at
 * most one per question.
 */
@ApplicationScoped
public class PracticeQuota {

    private static final String CHARS_SETTING = "prunelab.limits.answer-chars";

    private final int maxAttempts;
    private final long maxChars;

    public PracticeQuota(PruneLabConfig config) {
        this.maxAttempts = config.limits().attempts();
        this.maxChars = config.limits().answerChars();
    }

    /** Before storing one more attempt of {@code chars} characters; call inside the storing transaction. */
    void checkAttempt(long learnerId, int chars) {
        RowQuota.check(
                "graded attempts", Attempt.count("learnerId", learnerId), 1, maxAttempts, "prunelab.limits.attempts");
        checkChars(learnerId, chars, "");
    }

    /** Before saving the draft for a question, which replaces the learner's earlier draft for it. */
    void checkDraft(long learnerId, String questionId, int chars) {
        checkChars(learnerId, chars, questionId);
    }

    private void checkChars(long learnerId, int chars, String replacedDraft) {
        long kept = sum("select sum(length(a.answer)) from Attempt a where a.learnerId = ?1", learnerId, null)
                + sum(
                        "select sum(length(d.answer)) from Draft d where d.learnerId = ?1 and d.questionId <> ?2",
                        learnerId,
                        replacedDraft);
        RowQuota.check("characters of answers", kept, chars, maxChars, CHARS_SETTING);
    }

    private static long sum(String query, long learnerId, String questionId) {
        var typed = Attempt.getEntityManager().createQuery(query).setParameter(1, learnerId);
        if (questionId != null) {
            typed.setParameter(2, questionId);
        }
        Object total = typed.getSingleResult();
        return total == null ? 0 : ((Number) total).longValue();
    }
}
