package dev.prunelab.interview;

import dev.prunelab.interview.InterviewSession.Mode;
import dev.prunelab.interview.InterviewSession.Status;
import dev.prunelab.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Solo interviews: the app is the interviewer. It asks the main question at once and, after each answer, the
 * follow-up for the biggest gap left, until the plan's follow-ups are asked; then the interview finishes by itself.
 */
@ApplicationScoped
@Transactional
public class SoloInterviews {

    private final InterviewSessions sessions;
    private final InterviewScoring scoring;

    public SoloInterviews(InterviewSessions sessions, InterviewScoring scoring) {
        this.sessions = sessions;
        this.scoring = scoring;
    }

    /**
     * Starts a solo interview on a question card: the main question is asked at once.
     *
     * @param questionId a question card id, or null or blank for the featured card
     * @throws InvalidInput "question: …" when no card has that id, "minutes: …" for a length not offered
     */
    public InterviewSession start(int minutes, String questionId) {
        InterviewSession session = sessions.create(Mode.SOLO, Status.ACTIVE, minutes, null, questionId);
        sessions.askMainQuestion(session);
        return session;
    }

    /** After an answer: the next follow-up, or the end of the interview once the plan's follow-ups are asked. */
    void next(InterviewSession session) {
        List<InterviewTurn> turns = sessions.turns(session);
        Optional<FollowUpPlanner.Suggestion> next =
                turns.size() > InterviewPlan.of(session.minutes).followUps()
                        ? Optional.empty()
                        : scoring.suggestions(session, turns).stream().findFirst();
        next.ifPresentOrElse(
                s -> sessions.addTurn(session, s.followUpId(), s.reason(), InterviewPlan.FOLLOW_UP_MINUTES),
                () -> scoring.complete(session, turns));
    }
}
