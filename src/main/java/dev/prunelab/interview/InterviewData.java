package dev.prunelab.interview;

import dev.prunelab.account.LearnerData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

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

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object export(long learner) {
        return InterviewSession.forLearner(learner).stream()
                .map(s -> {
                    boolean interviewer = s.mode == InterviewSession.Mode.PAIR && s.learnerId == learner;
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", s.id);
                    row.put("mode", s.mode.name().toLowerCase());
                    row.put(
                            "role",
                            s.mode == InterviewSession.Mode.SOLO ? "solo" : interviewer ? "interviewer" : "candidate");
                    row.put("status", s.status.name().toLowerCase());
                    row.put("minutes", s.minutes);
                    row.put("overall", s.overall);
                    row.put("interviewerScores", s.interviewerScores);
                    if (interviewer) {
                        row.put("privateNotes", s.privateNotes);
                    }
                    row.put("createdAt", s.createdAt.toString());
                    row.put(
                            "turns",
                            InterviewTurn.forSession(s.id).stream()
                                    .map(t -> {
                                        Map<String, Object> turn = new LinkedHashMap<>();
                                        turn.put("question", t.questionId);
                                        turn.put("answer", t.answer);
                                        turn.put("hints", t.hints);
                                        turn.put("score", t.score);
                                        turn.put("askedAt", t.askedAt.toString());
                                        return turn;
                                    })
                                    .toList());
                    return row;
                })
                .toList();
    }
}
