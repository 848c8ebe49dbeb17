package dev.prunelab.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Conv2d;
import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.nn.MaxPool2d;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.prune.Amount;
import dev.prunelab.engine.prune.Criterion;
import dev.prunelab.engine.prune.Pruner;
import dev.prunelab.engine.prune.PruningMethod;
import dev.prunelab.engine.prune.Scope;
import dev.prunelab.engine.tensor.Matrix;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSR inference must compute the dense forward pass, whatever the sparsity, batch size and layer geometry. */
class CsrInferenceTest {

    private static final float TOLERANCE = 1e-5f;

    /** Pixel-like inputs in [0, 1), a quarter of them exactly 0 as in MNIST's background. */
    private static Matrix images(int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Matrix x = Matrix.zeros(rows, cols);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = random.nextInt(4) == 0 ? 0f : (float) random.nextDouble();
        }
        return x;
    }

    private static void assertSameLogits(Network network, Matrix batch) {
        float[] dense = network.forward(batch).data.clone();
        float[] csr = new CsrInference(network).forward(batch).data;
        assertEquals(dense.length, csr.length);
        assertArrayEquals(dense, csr, TOLERANCE);
    }

    @ParameterizedTest(name = "sparsity {0}, batch {1}")
    @CsvSource({"0.0, 1", "0.0, 64", "0.5, 1", "0.5, 64", "0.9, 1", "0.9, 64", "0.95, 1", "0.95, 64", "0.99, 64"})
    void matchesTheDenseForwardOfLenetWithRandomMasks(double sparsity, int batch) {
        Network lenet = Models.lenet5(1, 28, 28, 10, 3);
        Pruner.pruneTo(lenet, Criterion.random(7), Scope.LAYER, sparsity);
        assertEquals(
                sparsity,
                1
                        - (double) ModelStats.of(lenet).weightsNonZero()
                                / ModelStats.of(lenet).weightsTotal(),
                1e-3);
        assertSameLogits(lenet, images(batch, 784, batch));
    }

    @ParameterizedTest(name = "batch {0}")
    @CsvSource({"1", "17", "64"})
    void matchesAfterFilterPruningThatEmptiesWholeFilters(int batch) {
        Network lenet = Models.lenet5(1, 8, 8, 10, 4);
        Pruner.prune(lenet, Criterion.magnitude(), PruningMethod.rows(2), Scope.LAYER, Amount.fraction(0.5));
        Pruner.pruneTo(lenet, Criterion.magnitude(), Scope.GLOBAL, 0.8);
        assertSameLogits(lenet, images(batch, 64, 11));
    }

    @Test
    void matchesWithoutPaddingOnANonSquareMultiChannelInput() {
        SplittableRandom random = new SplittableRandom(5);
        Conv2d conv = new Conv2d("conv", 2, 3, 3, 0, 7, 5, random); // 2×7×5 in, 3×5×3 out
        Conv2d wide = new Conv2d("wide", 3, 4, 2, 1, 5, 3, random); // 3×5×3 in, 4×6×4 out
        Network network = new Network(List.of(
                conv,
                new Activation(Activation.Kind.TANH, 45),
                wide,
                new MaxPool2d(4, 6, 4),
                new Dense("fc", 24, 3, random)));
        Pruner.pruneTo(network, Criterion.random(1), Scope.GLOBAL, 0.6);
        assertSameLogits(network, images(20, 70, 2));
    }

    @Test
    void refusesAnInputOfTheWrongWidth() {
        CsrInference csr = new CsrInference(Models.lenet5(1, 8, 8, 10, 0));
        assertEquals(
                "input must have 64 columns, got 63",
                assertThrows(IllegalArgumentException.class, () -> csr.forward(Matrix.zeros(2, 63)))
                        .getMessage());
    }
}
