package dev.prunelab.engine.transformer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public encoder: shapes, normalisation, and results that do not depend on how sentences are batched. */
class SentenceEncoderTest {

    private static final SentenceEncoder ENCODER = SentenceEncoder.load();
    private static final List<String> SENTENCES = List.of(
            "Magnitude pruning removes the weights with the smallest absolute value.",
            "Wanda scores each weight by its magnitude times the norm of its input.",
            "Structured pruning removes whole attention heads or neurons, so the model gets faster.",
            "Bananas are yellow.");

    @Test
    void vectorsAre384DimensionalAndNormalised() {
        float[][] vectors = ENCODER.encode(SENTENCES);
        assertThat(vectors).hasNumberOfRows(SENTENCES.size());
        for (float[] v : vectors) {
            assertThat(v).hasSize(MiniLm.HIDDEN);
            assertThat(SentenceEncoder.dot(v, v)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void relatedSentencesAreCloserThanUnrelatedOnes() {
        float[][] v = ENCODER.encode(SENTENCES);
        assertThat(SentenceEncoder.dot(v[0], v[1])).isGreaterThan(SentenceEncoder.dot(v[0], v[3]));
        assertThat(SentenceEncoder.dot(v[2], v[0])).isGreaterThan(SentenceEncoder.dot(v[2], v[3]));
    }

    @Test
    void paddedAndPackedBatchesGiveTheSameVectors() {
        List<int[]> tokens = SENTENCES.stream().map(ENCODER.tokenizer()::encode).toList();
        float[][] packed = ENCODER.encodeTokens(tokens);
        float[][] padded = new float[tokens.size()][];
        ENCODER.model().encode(TokenBatch.padded(tokens), new Workspace(), padded, 0);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(SentenceEncoder.dot(packed[i], padded[i])).isCloseTo(1.0, within(1e-6));
        }
    }

    @Test
    void aSentenceEncodesTheSameAloneAsInABatch() {
        float[] alone = ENCODER.encode(List.of(SENTENCES.get(2)))[0];
        float[] inBatch = ENCODER.encode(SENTENCES)[2];
        assertThat(SentenceEncoder.dot(alone, inBatch)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void encodesMoreTokensThanOneChunkHolds() {
        List<String> many = Collections.nCopies(30, "pruning ".repeat(40));
        float[][] vectors = ENCODER.encode(many);
        assertThat(vectors).hasNumberOfRows(30);
        assertThat(SentenceEncoder.dot(vectors[0], vectors[29])).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void modelHasSixBlocksOfTwelveHeadsAnd22Point6MillionParameters() {
        MiniLm model = ENCODER.model();
        assertThat(model.blocks()).hasSize(6).allSatisfy(b -> {
            assertThat(b.heads()).isEqualTo(12);
            assertThat(b.feedForwardWidth()).isEqualTo(1536);
        });
        assertThat(model.embeddingParameters() + model.blockParameters()).isEqualTo(22_565_376L);
    }
}
