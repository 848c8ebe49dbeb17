package dev.prunelab.interview;

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
import java.util.Optional;

/**
 * A mock interview. Solo: the creator is the candidate and the app asks the questions. Pair: the creator is the
 * interviewer, and a second learner joins as the candidate through the session's link. Only those two can see it.
 */
@Entity
@Table(name = "interview_session")
public class InterviewSession extends PanacheEntityBase {

    public enum Mode {
        SOLO,
        PAIR
    }

    /** WAITING: a pair session whose candidate has not joined; ACTIVE: under way; FINISHED: the report is final. */
    public enum Status {
        WAITING,
        ACTIVE,
        FINISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The creator: the candidate when solo, the interviewer in a pair. */
    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Mode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    /** The main question (a question card id). */
    @Column(name = "question_id", nullable = false, length = 100)
    public String questionId;

    /** The interview's length: 15, 30 or 45 minutes. */
    @Column(nullable = false)
    public int minutes;

    /** The random token in a pair session's join link; null for solo sessions. */
    @Column(name = "join_token", length = 64)
    public String joinToken;

    /** The learner who joined a pair session as the candidate. */
    @Column(name = "candidate_id")
    public Long candidateId;

    /** The interviewer's 1–4 score per dimension, as JSON ({@code {"evaluation":3,…}}). */
    @Column(name = "interviewer_scores", columnDefinition = "text")
    public String interviewerScores;

    /** The interviewer's notes, never shown to the candidate. */
    @Column(name = "private_notes", columnDefinition = "text")
    public String privateNotes;

    /** The final overall score (0–4), once finished. */
    public Double overall;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The session, only if the learner takes part in it (as its creator or its candidate). */
    public static Optional<InterviewSession> findVisible(long id, long learnerId) {
        return find("id = ?1 and (learnerId = ?2 or candidateId = ?2)", id, learnerId)
                .firstResultOptional();
    }

    public static Optional<InterviewSession> findByJoinToken(String token) {
        return find("joinToken", token).firstResultOptional();
    }

    /** Sessions the learner created or joined, newest first. */
    /** The pair sessions the learner joined as candidate (other learners' sessions). */
    public static List<InterviewSession> joinedAsCandidate(long learnerId) {
        return list("mode = ?1 and candidateId = ?2", Mode.PAIR, learnerId);
    }

    public static List<InterviewSession> forLearner(long learnerId) {
        return list("learnerId = ?1 or candidateId = ?1 order by createdAt desc, id desc", learnerId);
    }

    /** The learner who answers: the creator when solo, the joined candidate in a pair (may be null). */
    public Long answeringLearner() {
        return mode == Mode.SOLO ? learnerId : candidateId;
    }
}
