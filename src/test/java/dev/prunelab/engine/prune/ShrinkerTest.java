package dev.prunelab.engine.prune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Conv2d;
import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.tensor.Matrix;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Structured pruning + physical removal: smaller layers, identical logits. */
class ShrinkerTest {

    @Test
    void removingPrunedNeuronsKeepsTheFunction() {
        Network network = Models.mlp(new int[] {6, 10, 8, 3}, Activation.Kind.TANH, 1);
        Pruner.prune(network, Criterion.magnitude(), PruningMethod.rows(2), Scope.LAYER, Amount.fraction(0.5));
        Network small = Shrinker.shrink(network);
        assertEquals(5, ((Dense) small.layers().get(0)).outputSize());
        assertEquals(4, ((Dense) small.layers().get(2)).outputSize());
        assertEquals(3, small.classes());
        assertSameLogits(network, small, 6);
    }

    @Test
    void removingPrunedFiltersKeepsTheFunction() {
        Network network = Models.lenet5(1, 8, 8, 4, 2);
        Pruner.prune(network, Criterion.magnitude(), PruningMethod.rows(1), Scope.LAYER, Amount.fraction(0.5));
        Network small = Shrinker.shrink(network);
        assertEquals(3, ((Conv2d) small.layers().get(0)).filters());
        assertEquals(8, ((Conv2d) small.layers().get(3)).filters());
        assertEquals(3, ((Conv2d) small.layers().get(3)).channels());
        assertEquals(8 * 2 * 2, small.layers().get(6).inputSize());
        assertSameLogits(network, small, 64);
    }

    private static void assertSameLogits(Network big, Network small, int width) {
        SplittableRandom random = new SplittableRandom(5);
        Matrix x = Matrix.zeros(4, width);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) random.nextDouble();
        }
        float[] expected = big.forward(x).data.clone();
        assertArrayEquals(expected, small.forward(x).data, 1e-5f);
    }
}
