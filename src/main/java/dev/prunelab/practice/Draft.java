package dev.prunelab.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The answer a learner is writing to one question, autosaved while typing and removed when it is submitted. */
@Entity
@Table(name = "practice_draft")
public class Draft extends WrittenAnswer {

    /** The timer's reading when the draft was saved, so a reload continues where it was. */
    @Column(name = "elapsed_seconds", nullable = false)
    public int elapsedSeconds;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Draft> find(long learnerId, String questionId) {
        return find("learnerId = ?1 and questionId = ?2", learnerId, questionId).firstResultOptional();
    }

    public static List<Draft> forLearner(long learnerId) {
        return list("learnerId = ?1 order by updatedAt, id", learnerId);
    }
}
