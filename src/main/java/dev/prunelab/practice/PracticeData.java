package dev.prunelab.practice;

import dev.prunelab.account.LearnerData;
import dev.prunelab.web.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Practice attempts and drafts in a data export, and moved when a guest signs up or signs in. */
@ApplicationScoped
@Transactional
public class PracticeData implements LearnerData {

    private final Json json;

    public PracticeData(Json json) {
        this.json = json;
    }

    @Override
    public String exportName() {
        return "practice";
    }

    @Override
    public void move(long from, long to) {
        Attempt.update("learnerId = ?1 where learnerId = ?2", to, from);
        // A question both have a draft for: keep the more recently saved one.
        LearnerData.keepNewest(
                Draft.forLearner(from),
                guest -> Draft.find(to, guest.questionId),
                draft -> draft.updatedAt,
                PracticeData::copy,
                guest -> guest.learnerId = to);
    }

    private static void copy(Draft from, Draft to) {
        to.answer = from.answer;
        to.timeBoxMinutes = from.timeBoxMinutes;
        to.elapsedSeconds = from.elapsedSeconds;
        to.updatedAt = from.updatedAt;
    }

    /** The practice section of a data export: attempts (with their feedback) and drafts, one row each. */
    public record Export(List<AttemptRow> attempts, List<DraftRow> drafts) {}

    public record AttemptRow(
            Long id,
            String question,
            String answer,
            Integer timeBoxMinutes,
            Integer elapsedSeconds,
            double overall,
            Object feedback,
            String llmNotes,
            String at) {}

    public record DraftRow(String question, String answer, Integer timeBoxMinutes, int elapsedSeconds, String savedAt) {
        static DraftRow of(Draft d) {
            return new DraftRow(d.questionId, d.answer, d.timeBoxMinutes, d.elapsedSeconds, d.updatedAt.toString());
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Export export(long learner) {
        return new Export(
                Attempt.forLearner(learner).stream()
                        .map(a -> new AttemptRow(
                                a.id,
                                a.questionId,
                                a.answer,
                                a.timeBoxMinutes,
                                a.elapsedSeconds,
                                a.overall,
                                json.stored(a.feedbackJson),
                                a.llmNotes,
                                a.createdAt.toString()))
                        .toList(),
                Draft.forLearner(learner).stream().map(DraftRow::of).toList());
    }
}
