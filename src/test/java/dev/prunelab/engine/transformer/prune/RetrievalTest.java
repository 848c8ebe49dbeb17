package dev.prunelab.engine.transformer.prune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Ranks, recall and MRR on a three-document example worked out by hand. */
class RetrievalTest {

    @Test
    void ranksCountOnlyStrictlyHigherDocuments() {
        float[][] queries = {{1, 0}, {0, 1}, {0.6f, 0.8f}};
        float[][] documents = {{1, 0}, {0.6f, 0.8f}, {0, 1}};
        // query 0: its document scores 1, the best: rank 1
        // query 1: own 0.8; document 2 scores 1: rank 2
        // query 2: own 0.8; document 1 scores 1.0: rank 2 (document 0 scores 0.6)
        Retrieval r = Retrieval.of(queries, documents);
        assertThat(r.recallAt1()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.recallAt5()).isEqualTo(1.0);
        assertThat(r.meanReciprocalRank()).isCloseTo((1 + 0.5 + 0.5) / 3, within(1e-12));
    }

    @Test
    void meanCosineOfNormalisedPairs() {
        float[][] a = {{1, 0}, {0, 1}};
        float[][] b = {{1, 0}, {1, 0}};
        assertThat(Retrieval.meanCosine(a, b)).isEqualTo(0.5);
    }
}
