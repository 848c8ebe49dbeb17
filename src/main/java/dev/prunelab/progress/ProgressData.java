package dev.prunelab.progress;

import dev.prunelab.account.LearnerData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/** Progress events and card states in a data export, and moved when a guest signs up or signs in. */
@ApplicationScoped
@Transactional
public class ProgressData implements LearnerData {

    @Override
    public String exportName() {
        return "progress";
    }

    @Override
    public void move(long from, long to) {
        ProgressEvent.update("learnerId = ?1 where learnerId = ?2", to, from);
        // A card both have reviewed: keep the state from the more recent review.
        for (CardState guest : CardState.forLearner(from)) {
            CardState.find(to, guest.cardId)
                    .ifPresentOrElse(
                            account -> {
                                if (guest.lastReviewAt.isAfter(account.lastReviewAt)) {
                                    copy(guest, account);
                                }
                                guest.delete();
                            },
                            () -> {
                                CardState moved = new CardState();
                                copy(guest, moved);
                                moved.learnerId = to;
                                moved.cardId = guest.cardId;
                                guest.delete();
                                moved.persist();
                            });
        }
    }

    private static void copy(CardState from, CardState to) {
        to.stability = from.stability;
        to.difficulty = from.difficulty;
        to.reps = from.reps;
        to.lapses = from.lapses;
        to.lastReviewAt = from.lastReviewAt;
        to.dueAt = from.dueAt;
        to.learningStep = from.learningStep;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object export(long learner) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put(
                "events",
                ProgressEvent.forLearner(learner).stream()
                        .map(e -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("kind", e.kind.name());
                            row.put("subject", e.subject);
                            row.put("correct", e.correct);
                            row.put("score", e.score);
                            row.put("detail", e.detail);
                            row.put("at", e.createdAt.toString());
                            return row;
                        })
                        .toList());
        export.put(
                "cards",
                CardState.forLearner(learner).stream()
                        .map(c -> Map.<String, Object>of(
                                "card",
                                c.cardId,
                                "stability",
                                c.stability,
                                "difficulty",
                                c.difficulty,
                                "reps",
                                c.reps,
                                "lapses",
                                c.lapses,
                                "lastReview",
                                c.lastReviewAt.toString(),
                                "due",
                                c.dueAt.toString(),
                                "learningStep",
                                c.learningStep == null ? "graduated" : c.learningStep))
                        .toList());
        return export;
    }
}
