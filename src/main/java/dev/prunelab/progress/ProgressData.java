package dev.prunelab.progress;

import dev.prunelab.account.LearnerData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

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
        LearnerData.keepNewest(
                CardState.forLearner(from),
                guest -> CardState.find(to, guest.cardId),
                card -> card.lastReviewAt,
                ProgressData::copy,
                guest -> {
                    // learner and card make the primary key, so the moved state is a new row
                    CardState moved = new CardState();
                    copy(guest, moved);
                    moved.learnerId = to;
                    moved.cardId = guest.cardId;
                    guest.delete();
                    moved.persist();
                });
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

    /** The progress section of a data export: events and card states, one row each. */
    public record Export(List<EventRow> events, List<CardRow> cards) {}

    public record EventRow(String kind, String subject, Boolean correct, Double score, String detail, String at) {
        static EventRow of(ProgressEvent e) {
            return new EventRow(e.kind.name(), e.subject, e.correct, e.score, e.detail, e.createdAt.toString());
        }
    }

    /** @param learningStep the card's learning step, or "graduated" once it is scheduled in days */
    public record CardRow(
            String card,
            double stability,
            double difficulty,
            int reps,
            int lapses,
            String lastReview,
            String due,
            String learningStep) {
        static CardRow of(CardState c) {
            return new CardRow(
                    c.cardId,
                    c.stability,
                    c.difficulty,
                    c.reps,
                    c.lapses,
                    c.lastReviewAt.toString(),
                    c.dueAt.toString(),
                    c.learningStep == null ? "graduated" : String.valueOf(c.learningStep));
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Export export(long learner) {
        return new Export(
                ProgressEvent.forLearner(learner).stream().map(EventRow::of).toList(),
                CardState.forLearner(learner).stream().map(CardRow::of).toList());
    }
}
