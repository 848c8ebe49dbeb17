package dev.prunelab.interview;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.prunelab.account.LearnerData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Mock interviews in a data export, and moved when a guest signs up or signs in. */
@ApplicationScoped
@Transactional
public class InterviewData implements LearnerData {

    @Override
    public String exportName() {
        return "interviews";
    }

    private final InterviewSessions sessions;

    public InterviewData(InterviewSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * A candidate leaving: their answers, hints and the engine's notes on them (which quote the answers) are removed
     * from the pair sessions they joined, and each session ends, so its link can never be joined again.
     */
    @Override
    public void forget(long learner) {
        for (InterviewSession session : InterviewSession.joinedAsCandidate(learner)) {
            InterviewTurn.update(
                    "answer = null, feedbackJson = null, score = null, hints = 0 where sessionId = ?1", session.id);
            session.candidateId = null;
            session.joinToken = null;
            if (session.status != InterviewSession.Status.FINISHED) {
                session.status = InterviewSession.Status.FINISHED;
                session.finishedAt = Instant.now();
            }
            sessions.touch(session);
        }
    }

    @Override
    public void move(long from, long to) {
        InterviewSession.update("learnerId = ?1 where learnerId = ?2", to, from);
        InterviewSession.update("candidateId = ?1 where candidateId = ?2", to, from);
    }

    /**
     * One interview in a data export, as the learner took part in it: the private notes only for its interviewer, and
     * for a pair candidate no scores until the interview is finished.
     *
     * @param role solo, interviewer or candidate
     */
    public record SessionRow(
            Long id,
            String mode,
            String role,
            String status,
            int minutes,
            Double overall,
            String interviewerScores,
            @JsonInclude(JsonInclude.Include.NON_NULL) String privateNotes,
            String createdAt,
            List<TurnRow> turns) {}

    /** One question and answer; the score is left out while a pair candidate may not see it yet. */
    public record TurnRow(String question, String answer, int hints, Double score, String askedAt) {
        static TurnRow of(InterviewTurn t, boolean scoreHidden) {
            return new TurnRow(t.questionId, t.answer, t.hints, scoreHidden ? null : t.score, t.askedAt.toString());
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionRow> export(long learner) {
        return InterviewSession.forLearner(learner).stream()
                .map(s -> {
                    boolean interviewer = s.mode == InterviewSession.Mode.PAIR && s.learnerId == learner;
                    boolean scoresHidden = s.mode == InterviewSession.Mode.PAIR
                            && !interviewer
                            && s.status != InterviewSession.Status.FINISHED;
                    return new SessionRow(
                            s.id,
                            s.mode.name().toLowerCase(Locale.ROOT),
                            s.mode == InterviewSession.Mode.SOLO ? "solo" : interviewer ? "interviewer" : "candidate",
                            s.status.name().toLowerCase(Locale.ROOT),
                            s.minutes,
                            scoresHidden ? null : s.overall,
                            scoresHidden ? null : s.interviewerScores,
                            interviewer ? s.privateNotes : null,
                            s.createdAt.toString(),
                            InterviewTurn.forSession(s.id).stream()
                                    .map(t -> TurnRow.of(t, scoresHidden))
                                    .toList());
                })
                .toList();
    }
}
