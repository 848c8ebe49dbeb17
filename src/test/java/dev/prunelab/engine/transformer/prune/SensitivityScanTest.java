package dev.prunelab.engine.transformer.prune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.engine.transformer.LinearRole;
import dev.prunelab.engine.transformer.MiniLm;
import dev.prunelab.engine.transformer.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sensitivity scan prunes one block part at a time, leaves the rest (and the dense model) alone, and scores each
 * variant exactly as pruning that part by hand and scoring it would.
 */
class SensitivityScanTest {

    private static final SentenceEncoder DENSE = SentenceEncoder.load();
    private static final List<String> QUESTIONS =
            List.of("What does magnitude pruning remove?", "Why calibrate Wanda?", "What is 2:4 sparsity?");
    private static final List<String> ANSWERS = List.of(
            "The weights with the smallest absolute values.",
            "Its score multiplies each weight by the norm of its input activations on calibration text.",
            "Two of every four consecutive weights in a row are zero, which sparse tensor cores accelerate.");
    private static final OneShotSpec HALF = new OneShotSpec(OneShotMethod.MAGNITUDE, SparsityPattern.UNSTRUCTURED, 0.5);

    @Test
    void eachPointIsOneBlockPartPrunedAlone() {
        Evaluation evaluation = Evaluation.of(DENSE.model(), DENSE.tokenizer(), QUESTIONS, ANSWERS);
        float[][] before = DENSE.encode(ANSWERS);
        List<String> progress = new ArrayList<>();
        List<SensitivityScan.Point> points = SensitivityScan.run(
                DENSE.model(),
                evaluation,
                HALF,
                List.of(),
                (done, total, layer) -> progress.add(done + "/" + total + " " + layer),
                Cancellation.NEVER);

        assertThat(points).hasSize(12);
        assertThat(points.get(0).block()).isZero();
        assertThat(points.get(0).part()).isEqualTo(SensitivityScan.Part.ATTENTION);
        assertThat(points.get(11).block()).isEqualTo(5);
        assertThat(points.get(11).part()).isEqualTo(SensitivityScan.Part.FFN);
        assertThat(progress)
                .startsWith("1/12 block 0 attention", "2/12 block 0 ffn")
                .endsWith("12/12 block 5 ffn");

        // by hand: block 2's FFN pruned at 50% by magnitude, nothing else
        MiniLm byHand = DENSE.model().copy();
        for (LinearRole role : List.of(LinearRole.FFN1, LinearRole.FFN2)) {
            OneShotPruner.magnitude(byHand.blocks().get(2).linear(role).weight(), SparsityPattern.UNSTRUCTURED, 0.5);
        }
        assertThat(points.get(5).result()).isEqualTo(evaluation.score(byHand));

        // every variant moved the embeddings, none is worse than chance closeness, and the dense model is untouched
        assertThat(points)
                .allSatisfy(p -> assertThat(p.result().meanCosineToDense()).isBetween(0.0, 0.99999));
        float[][] after = DENSE.encode(ANSWERS);
        for (int i = 0; i < ANSWERS.size(); i++) {
            assertThat(after[i]).containsExactly(before[i]);
        }
    }

    @Test
    void globalMagnitudeIsNoPerLayerMethod() {
        Evaluation evaluation = Evaluation.of(DENSE.model(), DENSE.tokenizer(), QUESTIONS, ANSWERS);
        OneShotSpec global = new OneShotSpec(OneShotMethod.MAGNITUDE_GLOBAL, SparsityPattern.UNSTRUCTURED, 0.5);
        assertThatThrownBy(() -> SensitivityScan.run(
                        DENSE.model(), evaluation, global, List.of(), LayerProgress.NONE, Cancellation.NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("method must be per layer");
    }
}
