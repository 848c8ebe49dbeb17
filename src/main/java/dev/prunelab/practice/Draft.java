package dev.prunelab.practice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The answer a learner is writing to one question, autosaved while typing and removed when it is submitted. */
@Entity
@Table(name = "practice_draft")
public class Draft extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    @Column(name = "question_id", nullable = false, length = 100)
    public String questionId;

    @Column(nullable = false, columnDefinition = "text")
    public String answer;

    /** The chosen time box, or null when the timer counts up. */
    @Column(name = "time_box_minutes")
    public Integer timeBoxMinutes;

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
