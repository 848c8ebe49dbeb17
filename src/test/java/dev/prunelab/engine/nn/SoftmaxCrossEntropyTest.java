package dev.prunelab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.prunelab.engine.tensor.Matrix;
import org.junit.jupiter.api.Test;

/** Loss and gradient against values recorded from PyTorch 1.13 {@code F.cross_entropy}. */
class SoftmaxCrossEntropyTest {

    private static final float[] LOGITS = {1f, 2f, 3f, 1f, -1f, 0.5f, 0f, 0f, 0f};
    private static final int[] LABELS = {2, 0, 1};
    private static final double TORCH_LOSS = 0.6870583891868591;
    private static final float[] TORCH_GRADIENT = {
        0.030010193586349487f,
        0.08157616853713989f,
        -0.11158633232116699f,
        -0.14196768403053284f,
        0.025898527354002f,
        0.11606913805007935f,
        0.1111111044883728f,
        -0.222222238779068f,
        0.1111111044883728f
    };

    @Test
    void matchesPyTorch() {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        assertEquals(TORCH_LOSS, loss.forward(new Matrix(3, 3, LOGITS.clone()), LABELS, 0), 1e-6);
        assertArrayEquals(TORCH_GRADIENT, loss.gradient().data, 1e-6f);
    }

    @Test
    void isStableForHugeLogits() {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        double value = loss.forward(new Matrix(1, 2, new float[] {1000f, -1000f}), new int[] {1}, 0);
        assertEquals(2000, value, 1e-3);
    }

    @Test
    void rejectsLabelsOutOfRange() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new SoftmaxCrossEntropy().forward(new Matrix(1, 3, new float[3]), new int[] {3}, 0));
        assertEquals("label must be in [0, 3), got 3", e.getMessage());
    }
}
