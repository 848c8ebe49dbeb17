package dev.prunelab.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One thing a learner did: opened or completed a lesson, answered a quiz question, reviewed a card, and so on. */
@Entity
@Table(name = "progress_event")
public class ProgressEvent extends PanacheEntityBase {

    /** What kind of activity an event records; {@link #subject} says which lesson, question, card or run. */
    public enum Kind {
        LESSON_OPENED,
        LESSON_COMPLETED,
        QUIZ_ANSWER,
        /** A new attempt at a lesson's quiz: every question open again (subject: the lesson). */
        QUIZ_RESTARTED,
        CARD_REVIEW,
        EXPERIMENT,
        PRACTICE_ATTEMPT,
        INTERVIEW
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Kind kind;

    /** The lesson id, quiz question id, card id, experiment id, question id… */
    @Column(nullable = false, length = 100)
    public String subject;

    /** For quiz answers: whether the answer was right. */
    public Boolean correct;

    /** A score where the activity has one (practice 0–4, card grade 1–4). */
    public Double score;

    /** A short JSON or text detail (the answer given, the lesson of a card…). */
    @Column(length = 2000)
    public String detail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<ProgressEvent> forLearner(long learnerId) {
        return list("learnerId = ?1 order by createdAt, id", learnerId);
    }

    public static List<ProgressEvent> forLearner(long learnerId, Kind kind) {
        return list("learnerId = ?1 and kind = ?2 order by createdAt, id", learnerId, kind);
    }

    /** Whether the learner has an event of this kind about this subject since the given moment. */
    public static boolean exists(long learnerId, Kind kind, String subject, Instant since) {
        return count(
                        "learnerId = ?1 and createdAt >= ?2 and kind = ?3 and subject = ?4",
                        learnerId,
                        since,
                        kind,
                        subject)
                > 0;
    }
}
