package dev.prunelab.interview;

import dev.prunelab.content.ContentService;
import dev.prunelab.interview.InterviewSession.Mode;
import dev.prunelab.interview.InterviewSession.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * What a participant does in an interview of either kind: the candidate answers and takes hints, the session is
 * finished and seen as the participant's role allows. Every change commits before the caller responds and then
 * notifies live views. Starting one is {@link SoloInterviews} or {@link PairInterviews}; grading is
 * {@link InterviewScoring}.
 */
@ApplicationScoped
@Transactional
public class InterviewService {

    private final InterviewSessions sessions;
    private final InterviewScoring scoring;
    private final SoloInterviews solo;
    private final ContentService content;

    public InterviewService(
            InterviewSessions sessions, InterviewScoring scoring, SoloInterviews solo, ContentService content) {
        this.sessions = sessions;
        this.scoring = scoring;
        this.solo = solo;
        this.content = content;
    }

    /** A session the current learner takes part in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InterviewSession> find(long id) {
        return sessions.find(id);
    }

    /** A session the current learner takes part in, or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InterviewSession require(long id) {
        return sessions.require(id);
    }

    /** The current learner's sessions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InterviewSession> mine() {
        return sessions.mine();
    }

    /** The session as the current learner sees it in their role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InterviewView view(InterviewSession session) {
        return InterviewView.of(scoring, content.catalog(), session, sessions.turns(session), sessions.role(session));
    }

    /**
     * The candidate answers the current question. The answer is graded and recorded in the candidate's progress;
     * in a solo interview the next follow-up is chosen from the gaps, or the interview finishes after the last.
     *
     * @throws InvalidInput "answer: …" for an answer over 20,000 characters
     */
    public InterviewSession answer(long id, String answer) {
        InterviewSession session = sessions.requireActive(id);
        sessions.requireCandidate(session);
        InterviewTurn turn = sessions.currentTurn(session)
                .orElseThrow(() ->
                        InterviewSessions.conflict("There is no open question: wait for the interviewer's next one."));
        scoring.grade(session, turn, answer);
        if (session.mode == Mode.SOLO) {
            solo.next(session);
        }
        sessions.touch(session);
        return session;
    }

    /** The candidate takes a hint on the current question; each costs {@value InterviewScoring#HINT_COST} points. */
    public String hint(long id) {
        InterviewSession session = sessions.requireActive(id);
        sessions.requireCandidate(session);
        InterviewTurn turn = sessions.currentTurn(session)
                .orElseThrow(() -> InterviewSessions.conflict("There is no open question to take a hint on."));
        String hint = scoring.takeHint(turn);
        sessions.touch(session);
        return hint;
    }

    /** Ends the interview (the solo candidate or the pair's interviewer) and records it in the candidate's progress. */
    public InterviewSession finish(long id) {
        InterviewSession session = sessions.require(id);
        if (session.mode == Mode.PAIR) {
            sessions.requireInterviewer(session);
        }
        if (session.status != Status.FINISHED) {
            scoring.complete(session, sessions.turns(session));
            sessions.touch(session);
        }
        return session;
    }
}
