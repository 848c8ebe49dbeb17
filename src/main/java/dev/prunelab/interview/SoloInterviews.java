package dev.prunelab.interview;

import dev.prunelab.interview.InterviewSession.Mode;
import dev.prunelab.interview.InterviewSession.Status;
import dev.prunelab.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
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

    /** When a solo interview's time is up: its length after it started. */
    public static Instant endsAt(InterviewSession session) {
        return session.createdAt.plus(Duration.ofMinutes(session.minutes));
    }

    /**
     * Finishes a solo interview whose time is up (the report then covers the answers given); the page asks this on
     * every visit, so the time holds even when the browser was closed when it ran out.
     *
     * @return whether it finished now
     */
    public boolean finishIfTimeUp(InterviewSession session) {
        if (session.mode != Mode.SOLO
                || session.status != Status.ACTIVE
                || Instant.now().isBefore(endsAt(session))) {
            return false;
        }
        scoring.complete(session, sessions.turns(session));
        sessions.touch(session);
        return true;
    }

    /**
     * After an answer: the next follow-up, or the end of the interview once the plan's follow-ups are asked or the time
     * is up (an answer sent as the time ran out still counts).
     */
    void next(InterviewSession session) {
        List<InterviewTurn> turns = sessions.turns(session);
        boolean timeUp = !Instant.now().isBefore(endsAt(session));
        Optional<FollowUpPlanner.Suggestion> next =
                timeUp || turns.size() > InterviewPlan.of(session.minutes).followUps()
                        ? Optional.empty()
                        : scoring.suggestions(session, turns).stream().findFirst();
        next.ifPresentOrElse(
                s -> sessions.addTurn(session, s.followUpId(), s.reason(), InterviewPlan.FOLLOW_UP_MINUTES),
                () -> scoring.complete(session, turns));
    }
}
