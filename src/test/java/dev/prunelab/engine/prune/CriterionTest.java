package dev.prunelab.engine.prune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.nn.SoftmaxCrossEntropy;
import dev.prunelab.engine.tensor.Matrix;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.engine.train.Trainer;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Each criterion against its formula computed by hand from one backward pass. */
class CriterionTest {

    private static final float[] FEATURES = {0.2f, -0.4f, 0.9f, 0.1f, -0.3f, 0.5f, 0.7f, 0.6f};
    private static final int[] LABELS = {0, 1, 2, 1};
    private static final Samples DATA = new Samples(FEATURES, LABELS, 2);

    @Test
    void taylorIsAbsoluteWeightTimesMeanGradient() {
        Network network = network();
        float[][] g = meanGradients(network);
        List<float[]> scores = Criterion.taylor(DATA, 3).scores(network, network.prunableWeights());
        for (int p = 0; p < g.length; p++) {
            float[] w = network.prunableWeights().get(p).value();
            for (int i = 0; i < w.length; i++) {
                assertEquals(Math.abs(w[i] * g[p][i]), scores.get(p)[i], 1e-6);
            }
        }
    }

    @Test
    void snipSensitivitiesSumToOne() {
        Network network = network();
        double sum = 0;
        for (float[] s : Criterion.snip(DATA, 4).scores(network, network.prunableWeights())) {
            for (float v : s) {
                sum += v;
            }
        }
        assertEquals(1.0, sum, 1e-5);
    }

    @Test
    void fisherSaliencyIsHalfMeanSquaredGradientTimesWeightSquared() {
        Network network = network();
        Samples one = new Samples(new float[] {0.2f, -0.4f}, new int[] {0}, 2);
        float[][] g = meanGradients(network, one);
        List<float[]> scores = Criterion.fisherSaliency(one).scores(network, network.prunableWeights());
        float[] w = network.prunableWeights().get(0).value();
        for (int i = 0; i < w.length; i++) {
            assertEquals(0.5 * g[0][i] * g[0][i] * w[i] * w[i], scores.get(0)[i], 1e-7);
        }
    }

    @Test
    void movementAccumulatesMinusWeightTimesGradient() {
        Network network = network();
        MovementScores movement = new MovementScores(network.prunableWeights());
        float[][] g = meanGradients(network);
        movement.afterBackward(network);
        movement.afterBackward(network);
        float[] w = network.prunableWeights().get(1).value();
        float[] s = movement.scores(network, List.of(network.prunableWeights().get(1)))
                .get(0);
        for (int i = 0; i < w.length; i++) {
            assertEquals(-2 * w[i] * g[1][i], s[i], 1e-6);
        }
    }

    @Test
    void randomScoresDependOnlyOnTheSeed() {
        Network network = network();
        List<Parameter> weights = network.prunableWeights();
        assertArrayEquals(
                Criterion.random(3).scores(network, weights).get(0),
                Criterion.random(3).scores(network, weights).get(0));
        assertNotEquals(
                Criterion.random(3).scores(network, weights).get(0)[0],
                Criterion.random(4).scores(network, weights).get(0)[0]);
    }

    @Test
    void everyCriterionPlugsIntoEveryMethod() {
        for (Criterion criterion : List.of(
                Criterion.magnitude(),
                Criterion.random(1),
                Criterion.taylor(DATA, 2),
                Criterion.snip(DATA, 2),
                Criterion.fisherSaliency(DATA))) {
            for (PruningMethod method :
                    List.of(PruningMethod.unstructured(), PruningMethod.rows(1), PruningMethod.nOfM(2, 4))) {
                Network network = network();
                Pruner.prune(network, criterion, method, Scope.LAYER, Amount.fraction(0.5));
                assertTrue(Trainer.sparsity(network) >= 0.2); // rows: 4 of 8 hidden units = 8 of 40 weights
            }
        }
    }

    @Test
    void gradientCriteriaRejectBadArguments() {
        assertEquals(
                "batchSize must be > 0, got 0",
                Assertions.assertThrows(IllegalArgumentException.class, () -> Criterion.taylor(DATA, 0))
                        .getMessage());
        Network wide = Models.mlp(new int[] {3, 4, 3}, Activation.Kind.TANH, 0);
        assertEquals(
                "data width must equal the network input size 3, got 2",
                Assertions.assertThrows(
                                IllegalArgumentException.class,
                                () -> Criterion.snip(DATA, 2).scores(wide, wide.prunableWeights()))
                        .getMessage());
    }

    private static Network network() {
        return Models.mlp(new int[] {2, 8, 3}, Activation.Kind.TANH, 11);
    }

    private static float[][] meanGradients(Network network) {
        return meanGradients(network, DATA);
    }

    private static float[][] meanGradients(Network network, Samples data) {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        network.zeroGrad();
        loss.forward(network.forward(new Matrix(data.rows(), 2, data.features().clone())), data.labels(), 0);
        network.backward(loss.gradient());
        List<Parameter> weights = network.prunableWeights();
        float[][] g = new float[weights.size()][];
        for (int p = 0; p < g.length; p++) {
            g[p] = weights.get(p).grad().clone();
        }
        return g;
    }
}
