package dev.prunelab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.prunelab.engine.nn.Parameter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Updates against PyTorch 1.13 ({@code torch.optim.Adam} / {@code SGD}) on recorded gradients. */
class OptimizerTest {

    private static final float[] START = {0.5f, -0.3f, 0.0f, 1.2f};
    private static final float[][] GRADIENTS = {
        {0.1f, -0.2f, 0.3f, 0.0f}, {0.05f, 0.4f, -0.1f, 0.2f}, {-0.3f, 0.1f, 0.2f, -0.1f}
    };
    /** Adam(lr=1e-2, weight_decay=0.1) after the three steps. */
    private static final float[] TORCH_ADAM = {
        0.4811621606349945f, -0.29595205187797546f, -0.019973907619714737f, 1.1731412410736084f
    };
    /** SGD(lr=0.1, momentum=0.9, weight_decay=0.01) after the three steps. */
    private static final float[] TORCH_SGD = {
        0.49064040184020996f, -0.3301544487476349f, -0.08219603449106216f, 1.16529381275177f
    };

    @Test
    void adamMatchesPyTorch() {
        Parameter w = start();
        run(new Adam(List.of(w), 1e-2, 0.9, 0.999, 1e-8, 0.1), w);
        assertArrayEquals(TORCH_ADAM, w.value(), 1e-6f);
    }

    @Test
    void adamOnAPrunedParameterUpdatesKeptEntriesExactlyAsUnprunedAndKeepsMaskedOnesAtZero() {
        Parameter pruned = start();
        pruned.setMask(new float[] {1f, 0f, 1f, 0f});
        Parameter dense = start();
        Adam maskedAdam = new Adam(List.of(pruned), 1e-2, 0.9, 0.999, 1e-8, 0.1);
        Adam plainAdam = new Adam(List.of(dense), 1e-2, 0.9, 0.999, 1e-8, 0.1);
        for (float[] g : GRADIENTS) {
            System.arraycopy(g, 0, pruned.grad(), 0, 4);
            System.arraycopy(g, 0, dense.grad(), 0, 4);
            maskedAdam.step();
            plainAdam.step();
        }
        // the kept entries see the same bits; masked ones are +0.0 (not -0.0)
        assertEquals(dense.value()[0], pruned.value()[0]);
        assertEquals(dense.value()[2], pruned.value()[2]);
        assertEquals(0, Float.floatToRawIntBits(pruned.value()[1]));
        assertEquals(0, Float.floatToRawIntBits(pruned.value()[3]));
        // and the cleared moments cannot regrow a masked weight once the mask is lifted for a step
        pruned.setMask(new float[] {1f, 1f, 1f, 1f});
        Arrays.fill(pruned.grad(), 0f);
        maskedAdam.step();
        assertEquals(0f, pruned.value()[1]);
    }

    @Test
    void sgdWithMomentumMatchesPyTorch() {
        Parameter w = start();
        run(new Sgd(List.of(w), 0.1, 0.9, 0.01), w);
        assertArrayEquals(TORCH_SGD, w.value(), 1e-6f);
    }

    @Test
    void rejectsBadHyperparameters() {
        List<Parameter> params = List.of(start());
        assertEquals(
                "learningRate must be in (0, 10], got 0.0",
                assertThrows(IllegalArgumentException.class, () -> Adam.withDefaults(params, 0))
                        .getMessage());
        assertEquals(
                "momentum must be in [0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> new Sgd(params, 0.1, 1.0, 0))
                        .getMessage());
        assertEquals(
                "weightDecay must be in [0, 1), got -0.1",
                assertThrows(IllegalArgumentException.class, () -> new Sgd(params, 0.1, 0, -0.1))
                        .getMessage());
        assertEquals(
                "beta2 must be in [0, 1), got 1.5",
                assertThrows(IllegalArgumentException.class, () -> new Adam(params, 0.1, 0.9, 1.5, 1e-8, 0))
                        .getMessage());
        assertEquals(
                "epsilon must be > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new Adam(params, 0.1, 0.9, 0.9, 0, 0))
                        .getMessage());
    }

    private static Parameter start() {
        Parameter w = new Parameter("w", 1, 4, true);
        System.arraycopy(START, 0, w.value(), 0, 4);
        return w;
    }

    private static void run(Optimizer optimizer, Parameter w) {
        for (float[] g : GRADIENTS) {
            System.arraycopy(g, 0, w.grad(), 0, g.length);
            optimizer.step();
        }
    }
}
