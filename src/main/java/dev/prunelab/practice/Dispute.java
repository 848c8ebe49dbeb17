package dev.prunelab.practice;

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

/** A learner's "this feedback is wrong" on one item of the feedback on one of their attempts. */
@Entity
@Table(name = "feedback_dispute")
public class Dispute extends PanacheEntityBase {

    /** What kind of feedback item is disputed. */
    public enum Kind {
        /** A flagged misconception: "I did not say that". */
        MISCONCEPTION,
        /** A key point listed as missed: "I did make it". */
        MISSED,
        /** A point listed as partly made. */
        PARTIAL,
        /** A dimension's score. */
        SCORE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    @Column(name = "attempt_id", nullable = false)
    public Long attemptId;

    @Column(name = "question_id", nullable = false, length = 100)
    public String questionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 16)
    public Kind kind;

    /** The misconception, point or dimension id. */
    @Column(name = "item_id", nullable = false, length = 100)
    public String itemId;

    /** What the feedback said: the wrong claim, the point's text or the dimension and its score. */
    @Column(name = "item_text", nullable = false, columnDefinition = "text")
    public String itemText;

    /** The flagged sentence of the answer, for a misconception; otherwise null. */
    @Column(columnDefinition = "text")
    public String sentence;

    /** The learner's optional reason. */
    @Column(columnDefinition = "text")
    public String comment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The disputes of one attempt, oldest first. */
    public static List<Dispute> forAttempt(long attemptId) {
        return list("attemptId = ?1 order by createdAt, id", attemptId);
    }

    public static List<Dispute> forLearner(long learnerId) {
        return list("learnerId = ?1 order by createdAt, id", learnerId);
    }

    /** Every dispute, newest first, at most {@code limit}. */
    public static List<Dispute> newest(int limit) {
        return find("order by createdAt desc, id desc").page(0, limit).list();
    }
}
