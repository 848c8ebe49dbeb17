package dev.prunelab.interview;

import dev.prunelab.interview.InterviewSession.Mode;
import dev.prunelab.interview.InterviewSession.Status;
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

    /** Starts a solo interview on the featured question: the main question is asked at once. */
    public InterviewSession start(int minutes) {
        InterviewSession session = sessions.create(Mode.SOLO, Status.ACTIVE, minutes, null);
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
