package dev.prunelab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.prunelab.engine.tensor.Matrix;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every layer's backward pass against finite differences (micrograd's test habit). */
class LayerGradientTest {

    @Test
    void denseGradientsMatchFiniteDifferences() {
        GradientCheck.check(new Dense("fc", 5, 4, new SplittableRandom(1)), GradientCheck.randomMatrix(3, 5, 2));
    }

    @Test
    void tanhGradientsMatchFiniteDifferences() {
        GradientCheck.check(new Activation(Activation.Kind.TANH, 6), GradientCheck.randomMatrix(3, 6, 3));
    }

    @Test
    void reluGradientsMatchFiniteDifferencesAwayFromTheKink() {
        Matrix input = GradientCheck.randomMatrix(3, 6, 4);
        for (int i = 0; i < input.data.length; i++) {
            input.data[i] += Math.signum(input.data[i]) * 0.1f; // keep |x| > step so ReLU is differentiable there
        }
        GradientCheck.check(new Activation(Activation.Kind.RELU, 6), input);
    }

    @Test
    void convolutionGradientsMatchFiniteDifferences() {
        Conv2d conv = new Conv2d("conv", 2, 3, 3, 1, 5, 4, new SplittableRandom(5));
        GradientCheck.check(conv, GradientCheck.randomMatrix(2, conv.inputSize(), 6));
    }

    @Test
    void convolutionWithoutPaddingMatchesFiniteDifferences() {
        Conv2d conv = new Conv2d("conv", 1, 2, 3, 0, 5, 5, new SplittableRandom(7));
        GradientCheck.check(conv, GradientCheck.randomMatrix(2, conv.inputSize(), 8));
    }

    @Test
    void maxPoolingGradientsMatchFiniteDifferences() {
        // distinct values so the winner of each window does not change under the finite-difference step
        Matrix input = Matrix.zeros(2, 2 * 4 * 4);
        for (int i = 0; i < input.data.length; i++) {
            input.data[i] = ((i * 37) % 64) * 0.1f;
        }
        GradientCheck.check(new MaxPool2d(2, 4, 4), input);
    }

    @Test
    void convolutionMatchesADirectComputation() {
        Conv2d conv = new Conv2d("conv", 1, 1, 3, 1, 3, 3, new SplittableRandom(9));
        float[] w = conv.weight().value();
        Matrix x = GradientCheck.randomMatrix(1, 9, 10);
        float[] y = conv.forward(x).data;
        // centre output: the full 3×3 window; top-left output: the window clipped by zero padding
        double centre = conv.bias().value()[0];
        double corner = conv.bias().value()[0];
        for (int i = 0; i < 9; i++) {
            centre += w[i] * x.data[i];
        }
        for (int ky = 1; ky < 3; ky++) {
            for (int kx = 1; kx < 3; kx++) {
                corner += w[ky * 3 + kx] * x.data[(ky - 1) * 3 + (kx - 1)];
            }
        }
        assertEquals(centre, y[4], 1e-5);
        assertEquals(corner, y[0], 1e-5);
    }

    @Test
    void wholeNetworksBackPropagateCorrectly() {
        for (Network network :
                List.of(Models.mlp(new int[] {4, 6, 5, 3}, Activation.Kind.TANH, 1), Models.lenet5(1, 4, 4, 3, 2))) {
            NetworkGradientCheck.check(
                    network, GradientCheck.randomMatrix(2, network.inputSize(), 3), new int[] {0, 2});
        }
    }

    @Test
    void layersRejectBadShapes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Dense("fc", 0, 4, new SplittableRandom(0)));
        assertEquals("inputs must be > 0, got 0", e.getMessage());
        Dense dense = new Dense("fc", 3, 2, new SplittableRandom(0));
        e = assertThrows(IllegalArgumentException.class, () -> dense.forward(Matrix.zeros(1, 4)));
        assertEquals("dense input must have 3 columns, got 4", e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> new Conv2d("c", 1, 1, 5, 0, 3, 3, new SplittableRandom(0)));
        assertEquals("output height must be > 0, got -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MaxPool2d(1, 1, 4));
        assertEquals("pooling input must be >= 2x2, got 1x4", e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> new Network(List.of(dense, new Activation(Activation.Kind.RELU, 3))));
        assertEquals("layer 1 input size must be 2, got 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Models.lenet5(1, 3, 8, 10, 0));
        assertEquals("image size must be >= 4x4, got 3x8", e.getMessage());
    }
}
