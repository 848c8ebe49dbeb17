package dev.prunelab.practice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One learner's written answer to one question under an optional time box: what a submitted {@link Attempt} and a
 * {@link Draft} still being written both are, so the two tables keep the same columns for it.
 */
@MappedSuperclass
public abstract class WrittenAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    /** The question card or follow-up id answered. */
    @Column(name = "question_id", nullable = false, length = 100)
    public String questionId;

    @Column(nullable = false, columnDefinition = "text")
    public String answer;

    /** The chosen time box, or null when the timer counts up. */
    @Column(name = "time_box_minutes")
    public Integer timeBoxMinutes;
}
