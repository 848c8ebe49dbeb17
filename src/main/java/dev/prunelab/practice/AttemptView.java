package dev.prunelab.practice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.prunelab.practice.feedback.Feedback;
import java.time.Instant;

/**
 * An attempt as pages and the API show it.
 *
 * @param llmNotes the external LLM's notes (shown beside the feedback), or null
 * @param answerHtml the answer rendered from Markdown and sanitised
 */
public record AttemptView(
        long id,
        String questionId,
        String answer,
        @JsonIgnore String answerHtml,
        Integer timeBoxMinutes,
        Integer elapsedSeconds,
        double overall,
        int words,
        Instant createdAt,
        Feedback feedback,
        String llmNotes) {

    public static AttemptView of(Attempt attempt, Feedback feedback) {
        return new AttemptView(
                attempt.id,
                attempt.questionId,
                attempt.answer,
                AnswerHtml.render(attempt.answer),
                attempt.timeBoxMinutes,
                attempt.elapsedSeconds,
                attempt.overall,
                feedback.notes().length().words(),
                attempt.createdAt,
                feedback,
                attempt.llmNotes);
    }

    /** The attempt's page. */
    public String href() {
        return "/practice/attempts/" + id;
    }
}
