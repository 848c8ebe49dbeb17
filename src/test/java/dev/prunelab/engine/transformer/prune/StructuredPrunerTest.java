package dev.prunelab.engine.transformer.prune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.engine.transformer.EncoderBlock;
import dev.prunelab.engine.transformer.MiniLm;
import dev.prunelab.engine.transformer.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Removing heads and neurons physically gives the same embeddings as masking them. */
class StructuredPrunerTest {

    private static final SentenceEncoder DENSE = SentenceEncoder.load();
    private static final List<String> TEXT = List.of(
            "Structured pruning removes whole heads.",
            "Unstructured pruning zeroes single weights, which needs sparse kernels to be faster.",
            "A lottery ticket is a sparse subnetwork that trains to full accuracy from its original initialisation.");

    @Test
    void shrunkModelEqualsMaskedModel() {
        List<int[]> calibration = TEXT.stream().map(DENSE.tokenizer()::encode).toList();
        MiniLm masked = DENSE.model().copy();
        List<String> progress = new ArrayList<>();
        StructuredPruner.prune(
                masked,
                0.25,
                0.5,
                StructuredPruner.Criterion.ACTIVATION,
                calibration,
                (done, total, layer) -> progress.add(done + "/" + total),
                Cancellation.NEVER);
        MiniLm shrunk = StructuredPruner.shrink(masked);
        assertThat(progress).containsExactly("1/6", "2/6", "3/6", "4/6", "5/6", "6/6");
        for (EncoderBlock block : shrunk.blocks()) {
            assertThat(block.heads()).isEqualTo(9);
            assertThat(block.feedForwardWidth()).isEqualTo(768);
        }
        float[][] viaMask = new SentenceEncoder(masked, DENSE.tokenizer()).encode(TEXT);
        float[][] viaRemoval = new SentenceEncoder(shrunk, DENSE.tokenizer()).encode(TEXT);
        float[][] dense = DENSE.encode(TEXT);
        for (int i = 0; i < TEXT.size(); i++) {
            assertThat(SentenceEncoder.dot(viaMask[i], viaRemoval[i])).isCloseTo(1.0, within(1e-5));
            assertThat(SentenceEncoder.dot(viaMask[i], dense[i])).isLessThan(0.9999);
        }
        assertThat(shrunk.blockParameters()).isLessThan(DENSE.model().blockParameters() * 2 / 3);
    }

    @Test
    void magnitudeCriterionNeedsNoCalibration() {
        MiniLm masked = DENSE.model().copy();
        StructuredPruner.prune(
                masked,
                0.5,
                0.25,
                StructuredPruner.Criterion.MAGNITUDE,
                List.of(),
                LayerProgress.NONE,
                Cancellation.NEVER);
        MiniLm shrunk = StructuredPruner.shrink(masked);
        assertThat(shrunk.blocks()).allSatisfy(b -> {
            assertThat(b.heads()).isEqualTo(6);
            assertThat(b.feedForwardWidth()).isEqualTo(1152);
        });
    }
}
