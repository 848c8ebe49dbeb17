package dev.prunelab.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.prune.Amount;
import dev.prunelab.engine.prune.Criterion;
import dev.prunelab.engine.prune.Pruner;
import dev.prunelab.engine.prune.PruningMethod;
import dev.prunelab.engine.prune.Scope;
import dev.prunelab.engine.tensor.Matrix;
import dev.prunelab.engine.train.Samples;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MetricsTest {

    /** A 2 → 2 identity "network": it predicts the larger of the two inputs. */
    private static Network identity() {
        Network network = Models.mlp(new int[] {2, 2}, Activation.Kind.RELU, 0);
        Dense dense = (Dense) network.layers().get(0);
        float[] w = dense.weight().value();
        w[0] = 1;
        w[1] = 0;
        w[2] = 0;
        w[3] = 1;
        dense.bias().value()[0] = 0;
        dense.bias().value()[1] = 0;
        return network;
    }

    @Test
    void evaluationCountsTheConfusionMatrix() {
        // predictions: 0, 1, 1, 0 ; truths: 0, 1, 0, 0
        Samples data = new Samples(new float[] {1, 0, 0, 1, 0, 1, 1, 0}, new int[] {0, 1, 0, 0}, 2);
        Evaluation e = Evaluation.of(identity(), data);
        assertEquals(0.75, e.accuracy());
        assertArrayEquals(new int[] {2, 1}, e.confusion()[0]);
        assertArrayEquals(new int[] {0, 1}, e.confusion()[1]);
        assertArrayEquals(new double[] {2.0 / 3, 1.0}, e.perClassAccuracy(), 1e-12);
        assertTrue(e.loss() > 0);
    }

    @Test
    void statsCountParametersFlopsAndBytes() {
        Network network = Models.mlp(new int[] {4, 3, 2}, Activation.Kind.RELU, 0);
        ModelStats dense = ModelStats.of(network);
        assertEquals(4 * 3 + 3 + 3 * 2 + 2, dense.parametersTotal());
        assertEquals(18, dense.weightsTotal());
        assertEquals(2 * 18, dense.flopsDense());
        assertEquals(4 * 23, dense.bytesDense());
        Pruner.prune(network, Criterion.magnitude(), PruningMethod.unstructured(), Scope.LAYER, Amount.fraction(0.5));
        ModelStats sparse = ModelStats.of(network);
        assertEquals(9, sparse.weightsNonZero());
        assertEquals(2 * 9, sparse.flopsEffective());
        assertEquals(8 * 9 + 4 * (3 + 1) + 4 * (2 + 1) + 4 * 5, sparse.bytesCsr());
        assertEquals(2 + 1 + 4 * 9 + 4 * 5, sparse.bytesBitmask());
        assertEquals(0.5, sparse.layers().get(0).sparsity());
    }

    @Test
    void convolutionFlopsCountEveryOutputPosition() {
        Network cnn = Models.lenet5(1, 8, 8, 10, 0);
        long conv1 = 6L * 25 * 64;
        long conv2 = 16L * 6 * 25 * 16;
        long dense = 16L * 2 * 2 * 120 + 120 * 84 + 84 * 10;
        assertEquals(2 * (conv1 + conv2 + dense), ModelStats.of(cnn).flopsDense());
    }

    @Test
    void csrInferenceAndLatencyAgreeWithTheDenseModel() {
        Network network = Models.mlp(new int[] {8, 16, 4}, Activation.Kind.RELU, 1);
        Pruner.prune(network, Criterion.magnitude(), PruningMethod.unstructured(), Scope.GLOBAL, Amount.fraction(0.8));
        Matrix batch = Matrix.zeros(3, 8);
        for (int i = 0; i < batch.data.length; i++) {
            batch.data[i] = i % 5 * 0.3f;
        }
        float[] expected = network.forward(batch).data.clone();
        assertArrayEquals(expected, new CsrInference(network).forward(batch).data, 1e-5f);
        Latency latency = Latency.measure(network, batch, 2, 5);
        assertTrue(latency.denseMillis() >= 0 && latency.csrMillis() >= 0 && latency.shrunkMillis() >= 0);
        assertEquals(
                "repeats must be in [1, 10000], got 0",
                assertThrows(IllegalArgumentException.class, () -> Latency.measure(network, batch, 0, 0))
                        .getMessage());
    }

    @Test
    void histogramSeparatesPrunedZeros() {
        Network network = Models.mlp(new int[] {10, 10, 2}, Activation.Kind.RELU, 2);
        Pruner.prune(network, Criterion.magnitude(), PruningMethod.unstructured(), Scope.GLOBAL, Amount.count(30));
        WeightHistogram h = WeightHistogram.of(network.prunableWeights(), 8);
        assertEquals(30, h.zeros());
        assertEquals(120 - 30, Arrays.stream(h.counts()).sum());
        assertEquals(
                "bins must be in [1, 1000], got 0",
                assertThrows(IllegalArgumentException.class, () -> WeightHistogram.of(network.prunableWeights(), 0))
                        .getMessage());
    }
}
