package dev.prunelab.practice.feedback;

import static dev.prunelab.practice.feedback.CalibrationTest.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.practice.feedback.Feedback.DimensionScore;
import dev.prunelab.practice.feedback.Feedback.MissedPoint;
import dev.prunelab.practice.feedback.Feedback.Verdict;
import dev.prunelab.web.InvalidInput;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feedback engine on short answers written for each behaviour (not the calibration answers). */
class FeedbackEngineTest {

    private static final String QUESTION = "model-pruning";

    static final String FOUNDATIONS = """
            Pruning works because trained networks are over-parameterized, so many weights are redundant. \
            To decide which weight to remove, expand the loss to second order around the trained weights: at a \
            minimum the gradient is close to zero, so the Hessian term tells you how much the loss rises when a \
            weight is set to zero. Optimal Brain Damage keeps only the diagonal of the Hessian, while Optimal Brain \
            Surgeon uses the inverse Hessian and also adjusts the remaining weights to compensate.""";

    static final String IMPLEMENTATION = """
            In practice I train the dense model, remove the lowest-scoring weights and fine-tune the rest, and I \
            repeat that loop a few times. I keep a binary mask beside each weight tensor and apply it on every \
            forward pass so that pruned weights stay at zero. I prune gradually with a cubic schedule instead of \
            cutting everything at once, and I run a sensitivity sweep so that each layer gets its own sparsity.""";

    static final String TRADEOFFS = """
            The catch is hardware: a dense GPU kernel still multiplies the zeros, so unstructured sparsity \
            rarely makes inference faster unless the runtime has sparse kernels. Structured pruning removes whole \
            channels, which gives a smaller dense model that is faster on any hardware, but it usually costs more \
            accuracy at the same parameter count. Quantization to INT8 is often the cheaper first step.""";

    static final String EVALUATION = """
            To evaluate it I plot accuracy against sparsity at several levels instead of reporting one number. \
            I compare with random pruning at the same sparsity and with a small dense model of the same size \
            trained from scratch. I measure latency on the target device at the production batch size, and I \
            look at per-class accuracy because pruning hurts rare examples first.""";

    static final String APPLICATIONS = """
            A good example is on-device vision: sparse MobileNets ran 1.3 to 2.4 times faster on a phone CPU with \
            the XNNPACK sparse kernels. For large language models, SparseGPT and Wanda prune to 50 percent sparsity \
            in one shot without retraining. In speech, sparse recurrent models ran several times faster because \
            inference at batch size one is memory-bound.""";

    static final String COMMUNICATION = """
            Pruning means removing the weights or structures of a trained model that matter least, so the model \
            is cheaper with about the same accuracy. I'll cover how it works, when to use it, the pitfalls and how \
            I'd evaluate it.

            First, the mechanism, which I will keep short because we have limited time. Then when to use it, \
            which is when a real constraint binds. Finally, the pitfalls.

            To sum up, pruning trades capacity the model doesn't need for efficiency the product needs. I'm happy \
            to go deeper on the math, LLM pruning or deployment.""";

    private final FeedbackEngine engine = CalibrationSet.engine();

    @ParameterizedTest
    @CsvSource({"foundations", "implementation", "tradeoffs", "evaluation", "applications", "communication"})
    void anAnswerAboutOneDimensionScoresHighestThere(String dimension) throws Exception {
        String answer =
                (String) getClass().getDeclaredField(dimension.toUpperCase()).get(null);
        Feedback feedback = evaluate(answer);
        DimensionScore best = feedback.dimensions().stream()
                .max(Comparator.comparingDouble(DimensionScore::score))
                .orElseThrow();
        assertThat(best.id()).isEqualTo(dimension);
        assertThat(best.score()).isGreaterThanOrEqualTo(2.0);
        assertThat(best.evidence()).isNotEmpty();
    }

    @Test
    void evidenceQuotesTheSentencesThatEarnedTheScoreAndThePointsTheyMatched() {
        Feedback feedback = evaluate(EVALUATION);
        DimensionScore evaluation = feedback.dimensions().stream()
                .filter(d -> d.id().equals("evaluation"))
                .findFirst()
                .orElseThrow();
        assertThat(evaluation.evidence()).anySatisfy(e -> {
            assertThat(e.sentence()).isEqualTo(1);
            assertThat(e.text())
                    .isEqualTo("I compare with random pruning at the same sparsity and with a small dense "
                            + "model of the same size trained from scratch.");
            assertThat(e.points()).contains("random-pruning-baseline", "small-dense-baseline");
        });
        assertThat(feedback.matchedPoints())
                .extracting(Feedback.MatchedPoint::id)
                .contains("accuracy-sparsity-curve", "measured-efficiency", "subgroup-damage");
    }

    @Test
    void missedPointsComeMostImportantFirstWithTheirLessonSection() {
        List<MissedPoint> missed = evaluate(EVALUATION).missedPoints();
        assertThat(missed)
                .isSortedAccordingTo(
                        Comparator.comparingInt(MissedPoint::weight).reversed());
        assertThat(missed)
                .extracting(MissedPoint::id)
                .contains("taylor-saliency")
                .doesNotContain("random-pruning-baseline");
        assertThat(missed)
                .filteredOn(m -> m.id().equals("taylor-saliency"))
                .singleElement()
                .satisfies(m ->
                        assertThat(m.href()).isEqualTo("/learn/foundations-math#the-second-order-taylor-expansion"));
    }

    @Test
    void aMisconceptionIsFlaggedWithItsCorrection() {
        Feedback feedback = evaluate(TRADEOFFS + " In my experience unstructured sparsity always speeds up inference, "
                + "so 90% sparsity makes inference 10x faster.");
        assertThat(feedback.misconceptions()).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo("unstructured-speedup");
            assertThat(m.sentence()).isEqualTo(3);
            assertThat(m.correction()).contains("Dense GPU kernels still multiply the zeros");
            assertThat(m.href()).isEqualTo("/learn/structured-pruning#why-structure-turns-sparsity-into-speed");
        });
        assertThat(score(feedback, "tradeoffs")).isLessThan(score(evaluate(TRADEOFFS), "tradeoffs"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Unstructured sparsity does NOT always speed up inference, because dense kernels multiply the zeros.",
                "A common mistake is to believe that 90% sparsity makes inference 10x faster.",
                "It is a myth that pruned models are always faster; you have to measure them.",
                "90% sparsity never makes inference 10x faster on a GPU with dense kernels.",
                "**\"Just use weight decay and the useless weights go to zero.\"** L2 shrinks each weight in proportion"
                        + " to its size, so weights get small but never exactly zero.",
                "Rare classes get hurt while the average accuracy stays flat, so an unchanged top-1 number doesn't mean"
                        + " pruning did no harm.",
                "And people quietly pick the sparsity level by peeking at the test set."
            })
    void aSentenceThatNegatesOrDebunksAMisconceptionIsNotFlagged(String sentence) {
        assertThat(evaluate(TRADEOFFS + " " + sentence).misconceptions()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "With fine-tuning, moderate sparsity often costs no measurable accuracy, as Han et al. showed on AlexNet.",
                "Structured pruning makes the model faster on any hardware because the matrices really get smaller.",
                "A global threshold can empty a small layer, so I set a minimum density for every layer.",
                "I choose the sparsity on the validation set and evaluate only once on the test set.",
                "Weight decay shrinks the weights, and L1 with soft-thresholding is what sets them exactly to zero.",
                "For LLMs, SparseGPT and Wanda prune in one shot with a small calibration set and no retraining."
            })
    void trueStatementsNearAMisconceptionAreNotFlagged(String sentence) {
        assertThat(evaluate(IMPLEMENTATION + " " + sentence).misconceptions()).isEmpty();
    }

    @Test
    void aTranscriptWithoutFullStopsIsStillCredited() {
        String punctuated = EVALUATION + " " + IMPLEMENTATION;
        Feedback transcript = evaluate(punctuated.replace(".", "").toLowerCase());
        Feedback written = evaluate(punctuated);
        for (String dimension : List.of("evaluation", "implementation")) {
            assertThat(score(transcript, dimension)).isGreaterThanOrEqualTo(score(written, dimension) - 1);
        }
    }

    @Test
    void aListOfTermsScoresBelowAPlainExplanation() {
        String stuffed = "Pruning: OBD, OBS, Hessian, Taylor expansion, saliency, magnitude, structured, unstructured, "
                + "2:4, masks, fine-tuning, cubic schedule, sensitivity, random baseline, small dense baseline, latency, "
                + "per-class accuracy, MobileNet, XNNPACK, SparseGPT, Wanda, quantization, distillation, lottery ticket, "
                + "rewinding, group lasso, cost-complexity pruning, Optimal Brain Damage, Optimal Brain Surgeon, L0 norm.";
        Feedback feedback = evaluate(stuffed);
        assertThat(feedback.overall()).isLessThan(evaluate(IMPLEMENTATION).overall());
        assertThat(feedback.notes().depth()).contains("list of terms");
    }

    @Test
    void followUpsAreGradedOnTheirOwnRubric() {
        String answer = """
                There are three reasons. A dense matrix multiply doesn't know the weights are zero, so it \
                multiplies them anyway. GPUs are built for regular dense tiles, and sparse kernels need index \
                lookups, so they only win at high sparsity. And by Amdahl's law, if the matmuls are 70 percent of \
                the time and get 2x faster, the whole model is only about 1.5x faster. So I'd profile first and \
                measure end-to-end latency at the real batch size.""";
        Feedback feedback = engine.evaluate("fu-gpu-speedup", answer, OptionalInt.empty());
        assertThat(feedback.dimensions())
                .extracting(DimensionScore::id)
                .containsExactly("tradeoffs", "implementation", "evaluation", "communication");
        assertThat(score(feedback, "tradeoffs")).isGreaterThanOrEqualTo(3.0);
        assertThat(feedback.notes().length().timeBoxMinutes()).isEqualTo(FeedbackEngine.FOLLOW_UP_MINUTES);
        assertThat(feedback.overall())
                .isGreaterThan(engine.evaluate("fu-regularization", answer, OptionalInt.empty())
                        .overall());
    }

    @Test
    void notesCoverStructureDepthAndLengthWithNumbers() {
        Feedback feedback = engine.evaluate(QUESTION, COMMUNICATION, OptionalInt.of(1));
        assertThat(feedback.notes().structure())
                .anySatisfy(n -> assertThat(n).startsWith("Definition first"))
                .anySatisfy(n -> assertThat(n).startsWith("Signposting"))
                .anySatisfy(n -> assertThat(n).startsWith("Summary"));
        assertThat(feedback.notes().depth()).containsPattern("\\d+ of the \\d+ points made are explained");
        assertThat(feedback.notes().length().verdict()).isEqualTo(Verdict.ABOUT_RIGHT);
        assertThat(feedback.notes().length().note()).contains("words", "140 words per minute", "30–250 words");

        assertThat(engine.evaluate(QUESTION, COMMUNICATION, OptionalInt.of(5))
                        .notes()
                        .length()
                        .verdict())
                .isEqualTo(Verdict.TOO_SHORT);
        String rambling = (FOUNDATIONS + " " + IMPLEMENTATION + " " + TRADEOFFS + " ").repeat(4);
        Feedback tooLong = engine.evaluate(QUESTION, rambling, OptionalInt.of(2));
        assertThat(tooLong.notes().length().verdict()).isEqualTo(Verdict.TOO_LONG);
        assertThat(tooLong.notes().structure())
                .anySatisfy(n -> assertThat(n).startsWith("No definition first"))
                .anySatisfy(n -> assertThat(n).startsWith("One block of text"));
    }

    @Test
    void nextStepsAreTwoOrThreeAndNameLessonSections() {
        Feedback feedback = evaluate(FOUNDATIONS);
        assertThat(feedback.nextSteps()).hasSizeBetween(2, 3);
        assertThat(feedback.nextSteps()).allSatisfy(step -> {
            assertThat(step.href()).startsWith("/learn/");
            assertThat(step.text()).contains("›");
        });
    }

    @Test
    void emptyAndShortAnswersGetAMessageInsteadOfAScore() {
        Feedback empty = engine.evaluate(QUESTION, "  ", OptionalInt.empty());
        assertThat(empty.scored()).isFalse();
        assertThat(empty.message()).contains("Write an answer first");
        Feedback shortAnswer =
                engine.evaluate(QUESTION, "Pruning removes small weights and then you fine-tune.", OptionalInt.empty());
        assertThat(shortAnswer.scored()).isFalse();
        assertThat(shortAnswer.message()).contains("at least 40 words", "you have 8");
        assertThat(shortAnswer.dimensions()).isEmpty();
        assertThat(engine.evaluate(QUESTION, null, OptionalInt.empty()).scored())
                .isFalse();
    }

    @Test
    void badInputIsRejectedNamingTheFieldAndTheAllowedValues() {
        assertThatThrownBy(() -> engine.evaluate("pruning", FOUNDATIONS, OptionalInt.empty()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.messageFor("question")).isPresent())
                .hasMessageContaining("model-pruning")
                .hasMessageContaining("fu-gpu-speedup");
        assertThatThrownBy(() -> engine.evaluate(QUESTION, "a".repeat(20_001), OptionalInt.empty()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.messageFor("answer")).isPresent())
                .hasMessageContaining("at most 20000");
        assertThatThrownBy(() -> engine.evaluate(QUESTION, FOUNDATIONS, OptionalInt.of(0)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.messageFor("timeBoxMinutes")).isPresent())
                .hasMessageContaining("1 to 60");
        assertThat(engine.questionIds())
                .contains(QUESTION, "fu-regularization", "quantization", "fu-tree-c45-vs-cart", "not-faster")
                .hasSize(55);
    }

    @Test
    void feedbackSerialisesToJsonAsItIs() throws Exception {
        var json = new ObjectMapper();
        String text = json.writeValueAsString(evaluate(EVALUATION));
        assertThat(text)
                .contains(
                        "\"overall\":",
                        "\"dimensions\":[{\"id\":\"foundations\"",
                        "\"evidence\":",
                        "\"missedPoints\":",
                        "\"href\":\"/learn/",
                        "\"verdict\":\"TOO_SHORT\"");
        assertThat(json.readTree(text).path("dimensions").size()).isEqualTo(6);
    }

    @Test
    void concurrentCallsGiveTheSameFeedbackAsSequentialOnes() {
        List<String> answers = List.of(FOUNDATIONS, IMPLEMENTATION, TRADEOFFS, EVALUATION, APPLICATIONS, COMMUNICATION);
        List<Feedback> sequential = answers.stream().map(this::evaluate).toList();
        List<Feedback> parallel = IntStream.range(0, 24)
                .parallel()
                .mapToObj(i -> evaluate(answers.get(i % 6)))
                .toList();
        IntStream.range(0, 24).forEach(i -> assertThat(parallel.get(i)).isEqualTo(sequential.get(i % 6)));
    }

    private Feedback evaluate(String answer) {
        return engine.evaluate(QUESTION, answer, OptionalInt.empty());
    }
}
