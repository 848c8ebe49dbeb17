package dev.prunelab.practice.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.practice.feedback.CalibrationReport.Figures;
import dev.prunelab.practice.feedback.CalibrationSet.Sample;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The engine against the graded answers of {@value CalibrationSet#ROOT}. The bars an interviewer would accept: the
 * overall score ranks the answers like the grades (Spearman ρ ≥ 0.85), sits close to them (mean absolute error of
 * overall × 2.5 ≤ 1.2 on the 0–10 scale), flags no misconception on an answer that states none, and flags at least 80%
 * of the misconceptions the answers state. The tuning part meets them.
 *
 * <p>The held-out part (never tuned on) does not yet: the engine generalises worse than it fits (see the feedback
 * engine documentation for the figures). Its test holds the floor reached, so a change that makes held-out grading
 * worse fails, and must be raised to the bars above as the engine improves.
 */
class CalibrationTest {

    static final double MIN_RHO = 0.85, MAX_MAE = 1.2, MIN_RECALL = 0.8;

    /** What the held-out part reaches today: a regression floor, below the bars. */
    static final double HELD_OUT_MIN_RHO = 0.7, HELD_OUT_MAX_MAE = 1.65, HELD_OUT_MIN_RECALL = 0.72;

    static final int HELD_OUT_MAX_FALSE_FLAGS = 5;

    /** What the blind part (never looked at answer by answer) reaches today: a regression floor, below the bars. */
    static final double BLIND_MIN_RHO = 0.75, BLIND_MAX_MAE = 1.7, BLIND_MIN_RECALL = 0.72;

    static final int BLIND_MAX_FALSE_FLAGS = 2;

    private final FeedbackEngine engine = CalibrationSet.engine();

    @Test
    void theSetIsLargeVariedAndSplit() {
        List<Sample> tuning = CalibrationSet.tuning(), heldOut = CalibrationSet.heldOut();
        assertThat(tuning.size() + heldOut.size()).isGreaterThanOrEqualTo(48);
        assertThat(heldOut.size()).isGreaterThanOrEqualTo((tuning.size() + heldOut.size()) / 4);
        assertThat(CalibrationSet.all().stream().filter(s -> s.question().equals("model-pruning")))
                .hasSizeGreaterThanOrEqualTo(24);
        assertThat(CalibrationSet.all())
                .extracting(Sample::category)
                .contains(
                        "excellent",
                        "solid",
                        "partial",
                        "weak",
                        "paraphrase",
                        "misconception",
                        "refutation",
                        "stuffing",
                        "padding",
                        "off-topic",
                        "tree-only",
                        "math-only",
                        "very-short");
        assertThat(heldOut).extracting(Sample::category).contains("excellent", "misconception", "refutation");
        assertThat(heldOut)
                .extracting(Sample::id)
                .doesNotContainAnyElementsOf(tuning.stream().map(Sample::id).toList());
    }

    @Test
    void heldOutAnswersDoNotFallBelowTheFloorReached() {
        assertFloor(
                CalibrationReport.figures(engine, CalibrationSet.heldOut(), null),
                HELD_OUT_MIN_RHO,
                HELD_OUT_MAX_MAE,
                HELD_OUT_MAX_FALSE_FLAGS,
                HELD_OUT_MIN_RECALL);
    }

    private static void assertFloor(
            Figures figures, double minRho, double maxMae, int maxFalseFlags, double minRecall) {
        assertThat(figures.rho()).as("Spearman rho").isGreaterThanOrEqualTo(minRho);
        assertThat(figures.mae()).as("mean absolute error on 0-10").isLessThanOrEqualTo(maxMae);
        assertThat(figures.falseFlags())
                .as("answers without misconceptions that got one flagged")
                .isLessThanOrEqualTo(maxFalseFlags);
        assertThat(figures.recall())
                .as("share of stated misconceptions flagged")
                .isGreaterThanOrEqualTo(minRecall);
    }

    @Test
    void blindAnswersDoNotFallBelowTheFloorReached() {
        List<Sample> blind = CalibrationSet.blind();
        assertThat(blind).hasSizeGreaterThanOrEqualTo(36);
        assertThat(blind)
                .extracting(Sample::id)
                .doesNotContainAnyElementsOf(
                        CalibrationSet.all().stream().map(Sample::id).toList());
        assertFloor(
                CalibrationReport.figures(engine, blind, null),
                BLIND_MIN_RHO,
                BLIND_MAX_MAE,
                BLIND_MAX_FALSE_FLAGS,
                BLIND_MIN_RECALL);
    }

    @Test
    void tuningAnswersMeetTheBars() {
        assertMeetsTheBars(CalibrationReport.figures(engine, CalibrationSet.tuning(), null));
    }

    @Test
    void anExcellentAnswerOfPhoneScreenLengthCanReachThreeAndAHalf() {
        List<Sample> excellent = CalibrationSet.tuning().stream()
                .filter(s -> s.question().equals("model-pruning") && s.grade() >= 9)
                .toList();
        assertThat(excellent).isNotEmpty();
        assertThat(excellent).anySatisfy(s -> assertThat(evaluate(s).overall()).isGreaterThanOrEqualTo(3.5));
    }

    @Test
    void offTopicAnswersScoreNearZeroAndSaySo() {
        CalibrationSet.all().stream()
                .filter(s -> s.category().equals("off-topic") && s.grade() == 0)
                .forEach(s -> {
                    Feedback feedback = evaluate(s);
                    assertThat(feedback.overall()).as(s.id()).isLessThan(0.5);
                });
    }

    private static void assertMeetsTheBars(Figures figures) {
        assertThat(figures.rho()).as("Spearman rho").isGreaterThanOrEqualTo(MIN_RHO);
        assertThat(figures.mae()).as("mean absolute error on 0-10").isLessThanOrEqualTo(MAX_MAE);
        assertThat(figures.falseFlags())
                .as("answers without misconceptions that got one flagged")
                .isZero();
        assertThat(figures.recall())
                .as("share of stated misconceptions flagged")
                .isGreaterThanOrEqualTo(MIN_RECALL);
    }

    private Feedback evaluate(Sample sample) {
        return engine.evaluate(sample.question(), sample.answer(), OptionalInt.empty());
    }

    static double score(Feedback feedback, String dimension) {
        return feedback.dimensions().stream()
                .filter(d -> d.id().equals(dimension))
                .findFirst()
                .orElseThrow()
                .score();
    }
}
