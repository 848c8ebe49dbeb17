package dev.prunelab.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A submitted, scored practice answer with its feedback (stored as JSON) and, when the LLM is on, its notes. */
@Entity
@Table(name = "practice_attempt")
public class Attempt extends WrittenAnswer {

    /** Time spent writing, as the workspace timer measured it. */
    @Column(name = "elapsed_seconds")
    public Integer elapsedSeconds;

    /** The engine's overall score, 0–4. */
    @Column(nullable = false)
    public double overall;

    /** The engine's {@link dev.prunelab.practice.feedback.Feedback} as JSON. */
    @Column(name = "feedback", nullable = false, columnDefinition = "text")
    public String feedbackJson;

    /** The external LLM's notes, or null when it is off or did not answer. */
    @Column(name = "llm_notes", columnDefinition = "text")
    public String llmNotes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** One learner's attempts at one question, oldest first. */
    public static List<Attempt> history(long learnerId, String questionId) {
        return list("learnerId = ?1 and questionId = ?2 order by createdAt, id", learnerId, questionId);
    }

    public static List<Attempt> forLearner(long learnerId) {
        return list("learnerId = ?1 order by createdAt, id", learnerId);
    }

    /** The attempt, only if it belongs to the learner. */
    public static Optional<Attempt> findOwned(long id, long learnerId) {
        return find("id = ?1 and learnerId = ?2", id, learnerId).firstResultOptional();
    }
}
