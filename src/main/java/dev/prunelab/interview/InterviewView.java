package dev.prunelab.interview;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.interview.InterviewSession.Mode;
import dev.prunelab.interview.InterviewSession.Status;
import dev.prunelab.interview.InterviewSessions.Role;
import dev.prunelab.practice.AnswerHtml;
import dev.prunelab.practice.feedback.Feedback;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A session as one participant may see it. The interviewer of a pair sees everything (join link, suggestions,
 * engine feedback, private notes), the engine's scores and notes only once they have saved scores of their own, so the
 * engine does not anchor their judgement; the candidate sees the questions and their own answers, and the feedback and
 * scores only once the interview is finished; a solo candidate sees the feedback on each answer as it comes.
 *
 * @param joinPath    the link the candidate joins with (interviewer only)
 * @param suggestions follow-ups to ask next, biggest gap first (interviewer only, while active)
 * @param report      the report, once finished
 * @param endsAt      when a solo interview's time is up (null for a pair, whose interviewer keeps the time)
 * @param timeUp      whether a solo interview ran out of time (it then finishes by itself)
 * @param engineHidden whether the engine's scores are held back from this interviewer until they score
 */
public record InterviewView(
        long id,
        String mode,
        String status,
        String role,
        int minutes,
        String question,
        String joinPath,
        boolean candidateJoined,
        List<TurnView> turns,
        List<FollowUpPlanner.Suggestion> suggestions,
        Map<String, Integer> interviewerScores,
        String privateNotes,
        InterviewReport report,
        Instant updatedAt,
        Instant endsAt,
        boolean timeUp,
        boolean engineHidden) {

    /**
     * One question asked and its answer.
     *
     * @param answerHtml the answer's Markdown rendered and sanitised
     * @param hints    the hints taken, in order
     * @param feedback the engine's notes on the answer, where this participant may see them
     */
    public record TurnView(
            int position,
            boolean ownQuestion,
            String questionId,
            String question,
            String reason,
            int timeBoxMinutes,
            Instant askedAt,
            String answer,
            String answerHtml,
            Instant answeredAt,
            List<String> hints,
            Double score,
            Feedback feedback) {

        /** Points the hints taken cost this answer. */
        public double hintCost() {
            return hints.size() * InterviewScoring.HINT_COST;
        }

        /** About how many words fit the time box when spoken. */
        public int targetWords() {
            return timeBoxMinutes * 140;
        }
    }

    /** The session as the current learner, in {@code role}, sees it. */
    static InterviewView of(
            InterviewScoring scoring,
            ContentCatalog catalog,
            InterviewSession session,
            List<InterviewTurn> turns,
            Role role) {
        boolean finished = session.status == Status.FINISHED;
        boolean interviewer = role == Role.INTERVIEWER;
        Map<String, Integer> given = scoring.interviewerScores(session);
        boolean engineHidden = interviewer && !finished && given.isEmpty();
        boolean showFeedback = finished || role == Role.SOLO || (interviewer && !engineHidden);
        List<TurnView> turnViews = turns.stream()
                .map(t -> new TurnView(
                        t.position,
                        t.ownQuestion(),
                        t.questionId,
                        InterviewReport.question(catalog, t),
                        t.reason,
                        t.timeBoxMinutes,
                        t.askedAt,
                        t.answer,
                        t.answer == null ? null : AnswerHtml.render(t.answer),
                        t.answeredAt,
                        scoring.hints(t),
                        showFeedback ? t.score : null,
                        showFeedback ? scoring.feedback(t).orElse(null) : null))
                .toList();
        Map<String, Integer> scores = interviewer || finished ? given : Map.of();
        InterviewReport report = finished
                ? InterviewReport.of(
                        catalog,
                        turns.stream()
                                .map(t -> Map.entry(t, scoring.feedback(t)))
                                .toList(),
                        given)
                : null;
        Instant endsAt = session.mode == Mode.SOLO ? SoloInterviews.endsAt(session) : null;
        return new InterviewView(
                session.id,
                session.mode.name().toLowerCase(),
                session.status.name().toLowerCase(),
                role.name().toLowerCase(),
                session.minutes,
                InterviewReport.question(catalog, session.questionId),
                interviewer ? "/interview/join/" + session.joinToken : null,
                session.candidateId != null,
                turnViews,
                interviewer && session.status == Status.ACTIVE ? scoring.suggestions(session, turns) : List.of(),
                scores,
                interviewer ? session.privateNotes : null,
                report,
                session.updatedAt,
                endsAt,
                endsAt != null && finished && session.finishedAt != null && !session.finishedAt.isBefore(endsAt),
                engineHidden);
    }

    /** How many questions a solo interview asks in all (0 for a pair, where the interviewer decides). */
    public int plannedQuestions() {
        return "solo".equals(mode) ? 1 + InterviewPlan.of(minutes).followUps() : 0;
    }

    /** The question being answered now, if any. */
    public Optional<TurnView> current() {
        return "active".equals(status)
                ? turns.stream().filter(t -> t.answeredAt() == null).findFirst()
                : Optional.empty();
    }

    /** The most recently answered question, if any. */
    public Optional<TurnView> lastAnswered() {
        return turns.stream().filter(t -> t.answeredAt() != null).reduce((a, b) -> b);
    }
}
