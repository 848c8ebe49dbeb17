package dev.prunelab.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A learner's FSRS memory state for one flashcard and when it is next due. */
@Entity
@Table(name = "card_state")
@IdClass(CardState.Key.class)
public class CardState extends PanacheEntityBase {

    @Id
    @Column(name = "learner_id")
    public Long learnerId;

    @Id
    @Column(name = "card_id", length = 100)
    public String cardId;

    @Column(nullable = false)
    public double stability;

    @Column(nullable = false)
    public double difficulty;

    /** Number of reviews, and how many of them were "Again". */
    @Column(nullable = false)
    public int reps;

    @Column(nullable = false)
    public int lapses;

    @Column(name = "last_review_at", nullable = false)
    public Instant lastReviewAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    /** The learning or relearning step the card is at; null once it has graduated ({@link CardScheduler}). */
    @Column(name = "learning_step")
    public Integer learningStep;

    /** The composite key (learner, card). */
    public static class Key implements Serializable {
        public Long learnerId;
        public String cardId;

        public Key() {}

        public Key(Long learnerId, String cardId) {
            this.learnerId = learnerId;
            this.cardId = cardId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(learnerId, k.learnerId) && Objects.equals(cardId, k.cardId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(learnerId, cardId);
        }
    }

    public static Optional<CardState> find(long learnerId, String cardId) {
        return findByIdOptional(new Key(learnerId, cardId));
    }

    public static List<CardState> forLearner(long learnerId) {
        return list("learnerId = ?1 order by dueAt", learnerId);
    }
}
