package dev.prunelab.practice.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.practice.feedback.CalibrationSet.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The engine against the expert grades of {@code content/calibration/}. */
class CalibrationTest {

    private static final double MIN_RHO = 0.85, MIN_HELD_OUT_RHO = 0.8;
    /** Dimension grades this far apart must be ordered the same way by the engine. */
    private static final double CLEAR_GAP = 2.0;

    private final FeedbackEngine engine = CalibrationSet.engine();
    private final List<Sample> samples = CalibrationSet.samples();

    @Test
    void theSetIsLargeAndVaried() {
        assertThat(samples).hasSizeGreaterThanOrEqualTo(14);
        assertThat(samples).extracting(Sample::question).contains("model-pruning", "fu-gpu-speedup");
        assertThat(samples.stream().mapToDouble(Sample::overall).max().orElseThrow())
                .isGreaterThanOrEqualTo(3.5);
        assertThat(samples.stream().mapToDouble(Sample::overall).min().orElseThrow())
                .isLessThanOrEqualTo(0.2);
        assertThat(samples).extracting(Sample::id).containsAll(CalibrationSet.HELD_OUT);
    }

    @Test
    void overallScoresRankTheAnswersLikeTheExpert() {
        assertThat(rho(s -> true)).isGreaterThanOrEqualTo(MIN_RHO);
    }

    @Test
    void heldOutAnswersRankLikeTheExpertToo() {
        assertThat(rho(s -> CalibrationSet.HELD_OUT.contains(s.id()))).isGreaterThanOrEqualTo(MIN_HELD_OUT_RHO);
    }

    @Test
    void dimensionScoresPointTheSameWayAsTheExpert() {
        List<String> disagreements = new ArrayList<>();
        for (Sample sample : samples) {
            Map<String, Double> engineScores = evaluate(sample).dimensions().stream()
                    .collect(Collectors.toMap(Feedback.DimensionScore::id, Feedback.DimensionScore::score));
            engineScores.forEach((a, scoreA) -> engineScores.forEach((b, scoreB) -> {
                double expertGap = sample.grades().get(a) - sample.grades().get(b);
                if (expertGap >= CLEAR_GAP && scoreA <= scoreB) {
                    disagreements.add(sample.id() + ": " + a + " " + scoreA + " vs " + b + " " + scoreB);
                }
            }));
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void strongOnEvaluationButSilentOnMathScoresHigherOnEvaluation() {
        Feedback feedback = evaluate(CalibrationSet.sample("evaluation-strong-no-math"));
        assertThat(score(feedback, "evaluation")).isGreaterThan(score(feedback, "foundations") + 2);
        Feedback math = evaluate(CalibrationSet.sample("math-heavy-no-evaluation"));
        assertThat(score(math, "foundations")).isGreaterThan(score(math, "evaluation") + 2);
    }

    @Test
    void keywordStuffingScoresBelowAMediocreAnswer() {
        double stuffing = evaluate(CalibrationSet.sample("keyword-stuffing")).overall();
        assertThat(stuffing)
                .isLessThan(evaluate(CalibrationSet.sample("mediocre-generic")).overall());
        assertThat(stuffing)
                .isLessThan(evaluate(CalibrationSet.sample("long-but-shallow")).overall() + 0.5);
    }

    @Test
    void offTopicAnswersScoreNearZero() {
        assertThat(evaluate(CalibrationSet.sample("off-topic-cooking")).overall())
                .isLessThan(0.5);
        assertThat(evaluate(CalibrationSet.sample("off-topic-attention")).overall())
                .isLessThan(0.5);
    }

    @Test
    void aVeryShortAnswerGetsAMessageInsteadOfAScore() {
        Feedback feedback = evaluate(CalibrationSet.sample("very-short"));
        assertThat(feedback.scored()).isFalse();
        assertThat(feedback.message()).contains("at least 40 words");
    }

    private double rho(Predicate<Sample> which) {
        List<Sample> chosen = samples.stream().filter(which).toList();
        return CalibrationSet.spearman(
                chosen.stream().mapToDouble(Sample::overall).toArray(),
                chosen.stream().mapToDouble(s -> evaluate(s).overall()).toArray());
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
