package dev.prunelab.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One question of an interview (position 0 is the main question, then follow-ups) and the answer given to it. */
@Entity
@Table(name = "interview_turn")
public class InterviewTurn extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(nullable = false)
    public int position;

    /** The question card or follow-up id asked. */
    @Column(name = "question_id", nullable = false, length = 100)
    public String questionId;

    /** The interviewer's own question, in their words; null for a question from the content (see questionId). */
    @Column(name = "question_text", length = 500)
    public String questionText;

    /** Why this question was asked (the gap in the earlier answer it probes). */
    @Column(nullable = false, length = 500)
    public String reason;

    @Column(name = "time_box_minutes", nullable = false)
    public int timeBoxMinutes;

    @Column(columnDefinition = "text")
    public String answer;

    /** Hints taken for this question; each costs {@link InterviewScoring#HINT_COST} points. */
    @Column(nullable = false)
    public int hints;

    /** The engine's feedback on the answer, as JSON. */
    @Column(name = "feedback", columnDefinition = "text")
    public String feedbackJson;

    /** The answer's score after the hint cost (0–4). */
    public Double score;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public static List<InterviewTurn> forSession(long sessionId) {
        return list("sessionId = ?1 order by position", sessionId);
    }

    public boolean answered() {
        return answeredAt != null;
    }

    /** Whether the interviewer wrote this question (it has no rubric, so the engine does not score it). */
    public boolean ownQuestion() {
        return questionText != null;
    }
}
