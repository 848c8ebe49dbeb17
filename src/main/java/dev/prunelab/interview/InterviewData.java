package dev.prunelab.interview;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.prunelab.account.LearnerData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

    @Override
    public void move(long from, long to) {
        InterviewSession.update("learnerId = ?1 where learnerId = ?2", to, from);
        InterviewSession.update("candidateId = ?1 where candidateId = ?2", to, from);
    }

    /**
     * One interview in a data export, as the learner took part in it: the private notes only for its interviewer.
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

    public record TurnRow(String question, String answer, int hints, Double score, String askedAt) {
        static TurnRow of(InterviewTurn t) {
            return new TurnRow(t.questionId, t.answer, t.hints, t.score, t.askedAt.toString());
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionRow> export(long learner) {
        return InterviewSession.forLearner(learner).stream()
                .map(s -> {
                    boolean interviewer = s.mode == InterviewSession.Mode.PAIR && s.learnerId == learner;
                    return new SessionRow(
                            s.id,
                            s.mode.name().toLowerCase(Locale.ROOT),
                            s.mode == InterviewSession.Mode.SOLO ? "solo" : interviewer ? "interviewer" : "candidate",
                            s.status.name().toLowerCase(Locale.ROOT),
                            s.minutes,
                            s.overall,
                            s.interviewerScores,
                            interviewer ? s.privateNotes : null,
                            s.createdAt.toString(),
                            InterviewTurn.forSession(s.id).stream()
                                    .map(TurnRow::of)
                                    .toList());
                })
                .toList();
    }
}
