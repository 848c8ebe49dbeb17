package dev.prunelab.lab.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.lab.result.ExperimentResult.Point;
import dev.prunelab.lab.result.ExperimentResult.Series;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sentences of "What to notice", checked against the recorded results of the presets at seed 0 (fixtures in
 * {@code src/test/resources/dev/prunelab/lab/result/}, written from {@code ExperimentRunner} runs).
 */
class TakeawaysTest {

    // as the app reads stored results: derived getters written with a result (a tree node's "leaf") are skipped
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static ExperimentResult recorded(String preset) throws Exception {
        try (InputStream in = TakeawaysTest.class.getResourceAsStream(preset + ".json")) {
            return JSON.readValue(in, ExperimentResult.class);
        }
    }

    private static List<String> of(String preset) throws Exception {
        return Takeaways.of(recorded(preset));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "global-vs-layerwise",
                "lottery-ticket",
                "magnitude-vs-random",
                "n-m-sparsity",
                "per-class-damage",
                "schedules",
                "snip-vs-magnitude",
                "structured-neurons",
                "tree-ccp"
            })
    void everyPresetGetsTwoToFourSentencesWithNumbers(String preset) throws Exception {
        List<String> sentences = of(preset);
        assertThat(sentences).hasSizeBetween(2, 4);
        assertThat(sentences).allSatisfy(s -> assertThat(s).matches("[A-Z].*[0-9].*\\.$"));
    }

    @Test
    void magnitudeHoldsToNinetyAndRandomFallsFarBehind() throws Exception {
        assertThat(of("magnitude-vs-random"))
                .startsWith(
                        "Magnitude stays within 1 point of the dense model (95.5%) up to 80% sparsity, then falls to"
                                + " 10.6% at 98%.",
                        "Random pruning is 57.9 points down at 90%, 56.3 points behind magnitude: the criterion, not"
                                + " the sparsity alone, decides what survives.");
    }

    @Test
    void theTicketBeatsReinitialisationWhereTheyDifferMost() throws Exception {
        assertThat(of("lottery-ticket"))
                .startsWith(
                        "Winning ticket (rewound) never falls below the dense model (86.5%), even at 90% sparsity"
                                + " (86.8%).",
                        "At 78.5%, winning ticket (rewound) beats random re-initialisation by 5.5 points (88.8%"
                                + " against 83.3%).");
    }

    @Test
    void schedulesSayWhatTheExtraTrainingBought() throws Exception {
        assertThat(of("schedules"))
                .contains(
                        "At 95%, one-shot trails iterative by 24 points (47.9% against 71.9%) for 2 against 6 extra"
                                + " epochs of training.",
                        "At 95%, one-shot trails gradual by 43.7 points (47.9% against 91.6%) for 2 against 6 extra"
                                + " epochs of training.");
    }

    @Test
    void structuredPruningReportsTheMeasuredLatencyOfTheShrunkNetwork() throws Exception {
        assertThat(of("structured-neurons"))
                .contains("At 90% of units removed, the shrunk network runs a batch in 0.035 ms against 0.471 ms"
                        + " dense (13.5× faster), while CSR weights take 0.458 ms.");
    }

    @Test
    void theTreeSaysWhatCrossValidationPickedAndWhatTrainingAccuracyDoes() throws Exception {
        List<String> sentences = of("tree-ccp");
        assertThat(sentences.get(0))
                .isEqualTo("Cross-validation picked α = 0.00744: the tree goes from 20 leaves to 6, and test accuracy"
                        + " stays at 95.6%.");
        assertThat(sentences.get(1)).startsWith("Training accuracy only falls along the path, from 100% to ");
        assertThat(sentences).hasSize(4);
    }

    @Test
    void aClassThatLosesFarMoreThanTheAverageIsNamed() {
        ExperimentResult.PerClass pc = new ExperimentResult.PerClass(
                List.of("0", "1", "2"), List.of(0.9, 0.9, 0.9), List.of(0.9), List.of(List.of(0.9, 0.85, 0.4)));
        assertThat(Takeaways.perClass(pc))
                .contains("At 90%, class 2 loses 50 points while the classes lose 18.3 points on average: the mean"
                        + " hides where pruning hurts.");
    }

    @Test
    void aCriterionNoBetterThanRandomIsCalledOut() {
        Series main = new Series("magnitude", "main", List.of(new Point(0.5, 0.5, 0.8, 2)));
        Series random = new Series("random pruning (control)", "control", List.of(new Point(0.5, 0.5, 0.8, 2)));
        assertThat(Takeaways.control(main, random, 0.85))
                .contains("Random pruning does as well as magnitude here (80% at 50%): on this model the criterion"
                        + " barely matters.");
    }

    @Test
    void aSeriesBelowTheDenseModelFromTheFirstTargetSaysSo() {
        Series main = new Series("random", "main", List.of(new Point(0.5, 0.5, 0.7, 0), new Point(0.9, 0.9, 0.2, 0)));
        assertThat(Takeaways.holding(main, 0.9))
                .isEqualTo("Random is already 20 points below the dense model (90%) at 50% sparsity, and reaches 20%"
                        + " at 90%.");
    }

    @Test
    void percentagesDropATrailingZero() {
        assertThat(Takeaways.percent(0.9)).isEqualTo("90%");
        assertThat(Takeaways.percent(0.9554)).isEqualTo("95.5%");
        assertThat(Takeaways.points(0.01)).isEqualTo("1 point");
    }
}
