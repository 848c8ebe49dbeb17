package dev.prunelab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prunelab.engine.nn.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The pruning invariant: once masked, a weight is exactly 0 after every step, even with weight decay
 * and with optimizer state (momentum, Adam moments) built up before the mask was set.
 */
class MaskedWeightsStayZeroTest {

    private static final int SIZE = 64;
    private static final int STEPS = 50;

    @Test
    void adamCannotRegrowMaskedWeights() {
        check(params -> new Adam(params, 1e-2, 0.9, 0.999, 1e-8, 1e-2));
    }

    @Test
    void sgdMomentumCannotRegrowMaskedWeights() {
        check(params -> new Sgd(params, 0.1, 0.9, 1e-2));
    }

    private static void check(Function<List<Parameter>, Optimizer> build) {
        Parameter w = new Parameter("w", 8, 8, true);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < SIZE; i++) {
            w.value()[i] = (float) random.nextDouble();
        }
        Optimizer optimizer = build.apply(List.of(w));
        for (int s = 0; s < 5; s++) { // build momentum / moments for every entry first
            randomGradient(w, random);
            optimizer.step();
        }
        float[] mask = new float[SIZE];
        for (int i = 0; i < SIZE; i++) {
            mask[i] = i % 3 == 0 ? 0f : 1f;
        }
        w.setMask(mask);
        for (int s = 0; s < STEPS; s++) {
            randomGradient(w, random); // gradients are non-zero everywhere, as in a real backward pass
            optimizer.step();
            for (int i = 0; i < SIZE; i += 3) {
                assertEquals(0f, w.value()[i], "masked weight " + i + " after step " + s);
            }
        }
        // The state was zeroed too: with the mask removed and a zero gradient, stale momentum or Adam
        // moments would move the weight; cleared state leaves it at exactly 0.
        w.removeMask();
        Arrays.fill(w.grad(), 0f);
        optimizer.step();
        for (int i = 0; i < SIZE; i += 3) {
            assertEquals(0f, w.value()[i], "weight " + i + " regrown by stale optimizer state");
        }
    }

    private static void randomGradient(Parameter w, SplittableRandom random) {
        for (int i = 0; i < SIZE; i++) {
            w.grad()[i] = (float) (random.nextDouble() - 0.5);
        }
    }
}
