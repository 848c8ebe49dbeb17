package dev.prunelab.engine.prune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.prunelab.engine.nn.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Masks against PyTorch 1.13 {@code torch.nn.utils.prune} on the same weights. */
class PrunerTest {

    private static final float[] TORCH_L1_HALF = {1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1};
    private static final float[] TORCH_L1_HALF_THEN_COUNT_2 = {1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0};
    private static final float[] TORCH_LN2_ONE_ROW = {1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0};
    private static final float[] TORCH_GLOBAL_FIRST = {1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1};
    private static final float[] TORCH_GLOBAL_SECOND = {0, 1, 1, 0};

    @Test
    void successivePruningsCombineLikeTorch() {
        Parameter w = weight(PruningFixtures.WEIGHT);
        Pruner.prune(w, abs(w), PruningMethod.unstructured(), Amount.fraction(0.5));
        assertArrayEquals(TORCH_L1_HALF, w.mask());
        Pruner.prune(w, abs(w), PruningMethod.unstructured(), Amount.count(2)); // 2 of the 6 still unpruned
        assertArrayEquals(TORCH_L1_HALF_THEN_COUNT_2, w.mask());
        for (int i = 0; i < w.size(); i++) {
            assertEquals(PruningFixtures.WEIGHT[i] * w.mask()[i] + 0f, w.value()[i]); // pruned entries are +0.0
        }
    }

    @Test
    void structuredRowsByL2NormMatchTorch() {
        Parameter w = weight(PruningFixtures.WEIGHT);
        Pruner.prune(w, abs(w), PruningMethod.rows(2), Amount.count(1));
        assertArrayEquals(TORCH_LN2_ONE_ROW, w.mask());
    }

    @Test
    void globalScopeRanksAllWeightsTogetherLikeTorch() {
        Parameter first = weight(PruningFixtures.WEIGHT);
        Parameter second = new Parameter("w2", 2, 2, true);
        System.arraycopy(PruningFixtures.SECOND_WEIGHT, 0, second.value(), 0, 4);
        Pruner.pruneGlobal(List.of(first, second), List.of(abs(first), abs(second)), Amount.fraction(0.5));
        assertArrayEquals(TORCH_GLOBAL_FIRST, first.mask());
        assertArrayEquals(TORCH_GLOBAL_SECOND, second.mask());
    }

    @Test
    void nOfMKeepsTheTwoLargestOfEveryFour() {
        Parameter w = weight(PruningFixtures.WEIGHT);
        Pruner.prune(w, abs(w), PruningMethod.nOfM(2, 4), Amount.fraction(0.5));
        assertArrayEquals(new float[] {1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1}, w.mask());
    }

    @Test
    void pruneToReachesTheTargetAndRemoveMakesItPermanent() {
        var network = PruningFixtures.twoLayers();
        Pruner.pruneTo(network, Criterion.magnitude(), Scope.GLOBAL, 0.5);
        Pruner.pruneTo(network, Criterion.magnitude(), Scope.GLOBAL, 0.75);
        long total =
                network.prunableWeights().stream().mapToLong(Parameter::size).sum();
        long nonZero = network.prunableWeights().stream()
                .mapToLong(Parameter::countNonZero)
                .sum();
        assertEquals(total - Math.round(0.75 * total), nonZero);
        Pruner.remove(network);
        network.prunableWeights().forEach(p -> assertNull(p.mask()));
        assertEquals(
                nonZero,
                network.prunableWeights().stream()
                        .mapToLong(Parameter::countNonZero)
                        .sum());
    }

    @Test
    void layerScopePrunesEveryWeightEqually() {
        var network = PruningFixtures.twoLayers();
        Pruner.prune(network, Criterion.magnitude(), PruningMethod.unstructured(), Scope.LAYER, Amount.fraction(0.5));
        for (Parameter p : network.prunableWeights()) {
            assertEquals(p.size() / 2, p.countNonZero(), p.name());
        }
    }

    @Test
    void rejectsBadAmountsAndTargets() {
        assertEquals(
                "amount fraction must be in [0, 1], got 1.2",
                assertThrows(IllegalArgumentException.class, () -> Amount.fraction(1.2))
                        .getMessage());
        assertEquals(
                "amount count must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> Amount.count(-1))
                        .getMessage());
        assertEquals(
                "amount count must be <= the 12 unpruned candidates, got 13",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Amount.count(13).resolve(12))
                        .getMessage());
        var network = PruningFixtures.twoLayers();
        assertEquals(
                "sparsity must be in [0, 1), got 1.0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Pruner.pruneTo(network, Criterion.magnitude(), Scope.GLOBAL, 1.0))
                        .getMessage());
        assertEquals(
                "scope GLOBAL must use the unstructured method, got StructuredRows",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Pruner.prune(
                                        network,
                                        Criterion.magnitude(),
                                        PruningMethod.rows(1),
                                        Scope.GLOBAL,
                                        Amount.fraction(0.5)))
                        .getMessage());
        assertEquals(
                "norm must be 1 or 2, got 3",
                assertThrows(IllegalArgumentException.class, () -> PruningMethod.rows(3))
                        .getMessage());
        assertEquals(
                "n must be in [1, 3], got 4",
                assertThrows(IllegalArgumentException.class, () -> PruningMethod.nOfM(4, 4))
                        .getMessage());
    }

    @Test
    void amountRoundsFractionsAsTorch() {
        assertEquals(500, Amount.fraction(0.5).resolve(1000));
        assertEquals(2, Amount.fraction(0.25).resolve(7)); // round(1.75)
        assertEquals(30, Amount.count(30).resolve(1000));
    }

    static Parameter weight(float[] values) {
        Parameter w = new Parameter("w", 3, 4, true);
        System.arraycopy(values, 0, w.value(), 0, values.length);
        return w;
    }

    static float[] abs(Parameter w) {
        float[] s = new float[w.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.abs(w.value()[i]);
        }
        return s;
    }
}
