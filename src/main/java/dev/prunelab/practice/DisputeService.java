package dev.prunelab.practice;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.practice.feedback.Feedback;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.Rejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "This feedback is wrong": a learner disputes a flagged misconception, a missed or partly made point, or a
 * dimension's score on one of their own attempts. Each item of an attempt is disputed at most once (a second dispute
 * of the same item answers with the first), so what a learner can write is bounded by their attempts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DisputeService {

    /** Longest comment accepted, in characters. */
    public static final int MAX_COMMENT_CHARS = 1000;
    /** Most disputes listed for administrators at once. */
    public static final int ADMIN_PAGE = 500;

    private final AttemptService attempts;
    private final CurrentLearner learner;
    private final DrillService drills;

    public DisputeService(AttemptService attempts, CurrentLearner learner, DrillService drills) {
        this.attempts = attempts;
        this.learner = learner;
        this.drills = drills;
    }

    /**
     * Records a dispute of one item of the current learner's attempt.
     *
     * @param kind    misconception, missed, partial or score (any case)
     * @param itemId  the misconception, point or dimension id as the feedback names it
     * @param comment optional, at most {@value #MAX_COMMENT_CHARS} characters
     * @return the dispute (the earlier one if this item was already disputed)
     * @throws Rejected (not found) when the attempt is not the current learner's
     * @throws InvalidInput naming the field, for an unknown kind, an item the feedback does not hold or a comment that
     *     is too long
     */
    @Transactional
    public Dispute dispute(long attemptId, String kind, String itemId, String comment) {
        Attempt attempt =
                attempts.find(attemptId).orElseThrow(() -> Rejected.notFound("There is no attempt " + attemptId + "."));
        Dispute.Kind parsed = kind(kind);
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT_CHARS) {
            throw InvalidInput.of("comment", text.length() + " characters; at most " + MAX_COMMENT_CHARS + " allowed");
        }
        Feedback feedback = attempts.feedback(attempt);
        Item item = item(feedback, parsed, itemId == null ? "" : itemId);
        Optional<Dispute> earlier = Dispute.find(
                        "attemptId = ?1 and kind = ?2 and itemId = ?3", attemptId, parsed, item.id())
                .firstResultOptional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Dispute dispute = new Dispute();
        dispute.learnerId = attempt.learnerId;
        dispute.attemptId = attemptId;
        dispute.questionId = attempt.questionId;
        dispute.kind = parsed;
        dispute.itemId = item.id();
        dispute.itemText = item.text();
        dispute.sentence = item.sentence();
        dispute.comment = text.isEmpty() ? null : text;
        dispute.createdAt = Instant.now();
        dispute.persist();
        return dispute;
    }

    /** The disputes of one of the current learner's attempts; empty for anybody else's. */
    public List<Dispute> forAttempt(long attemptId) {
        return attempts.find(attemptId).map(a -> Dispute.forAttempt(a.id)).orElse(List.of());
    }

    /** The page that shows the disputed attempt: a drill's diagnosis page, or the practice attempt page. */
    public String pageOf(Dispute dispute) {
        return drills.find(dispute.questionId)
                .map(d -> d.href() + "/attempts/" + dispute.attemptId)
                .orElse("/practice/attempts/" + dispute.attemptId);
    }

    /** Every learner's disputes, newest first (for administrators). */
    public List<Dispute> newest() {
        return Dispute.newest(ADMIN_PAGE);
    }

    /** The answer a dispute was made on (for administrators). */
    public Optional<Attempt> attemptOf(Dispute dispute) {
        return Attempt.findByIdOptional(dispute.attemptId);
    }

    private record Item(String id, String text, String sentence) {}

    private static Dispute.Kind kind(String kind) {
        try {
            return Dispute.Kind.valueOf((kind == null ? "" : kind.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("kind", "'" + kind + "'; allowed values: misconception, missed, partial, score");
        }
    }

    private static Item item(Feedback feedback, Dispute.Kind kind, String id) {
        Optional<Item> item = switch (kind) {
            case MISCONCEPTION ->
                feedback.misconceptions().stream()
                        .filter(m -> m.id().equals(id))
                        .findFirst()
                        .map(m -> new Item(m.id(), m.claim(), m.text()));
            case MISSED ->
                feedback.missedPoints().stream()
                        .filter(p -> p.id().equals(id))
                        .findFirst()
                        .map(p -> new Item(p.id(), p.text(), null));
            case PARTIAL ->
                feedback.partialPoints().stream()
                        .filter(p -> p.id().equals(id))
                        .findFirst()
                        .map(p -> new Item(p.id(), p.text(), null));
            case SCORE ->
                feedback.dimensions().stream()
                        .filter(d -> d.id().equals(id))
                        .findFirst()
                        .map(d -> new Item(d.id(), d.name() + ": " + d.score() + " / 4", null));
        };
        return item.orElseThrow(() -> InvalidInput.of(
                "item", "'" + id + "' is not a " + kind.name().toLowerCase(Locale.ROOT) + " item of this feedback"));
    }
}
