package dev.prunelab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prunelab.engine.tensor.Matrix;
import java.util.SplittableRandom;

/**
 * Finite-difference gradient checks: the loss is {@code L = Σ output ⊙ R} for a fixed random R, so
 * dL/dOutput = R; every analytic gradient from backward() is compared with the central difference
 * (L(x+h) − L(x−h)) / 2h, computed in float, hence the loose tolerance.
 */
final class GradientCheck {

    private static final float STEP = 1e-2f;
    private static final double TOLERANCE = 2e-2;

    private GradientCheck() {}

    static Matrix randomMatrix(int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Matrix m = Matrix.zeros(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return m;
    }

    /** Checks the parameter gradients and the input gradient of a layer at a random input. */
    static void check(Layer layer, Matrix input) {
        Matrix projection = randomMatrix(input.rows, layer.outputSize(), 99);
        for (Parameter p : layer.parameters()) {
            p.zeroGrad();
        }
        layer.forward(input);
        Matrix gradInput = layer.backward(projection, true);
        float[] inputGrad = gradInput.data.clone();
        for (Parameter p : layer.parameters()) {
            float[] analytic = p.grad().clone();
            for (int i = 0; i < p.size(); i++) {
                assertClose(analytic[i], numeric(layer, input, projection, p.value(), i), p.name() + "[" + i + "]");
            }
        }
        for (int i = 0; i < input.data.length; i++) {
            assertClose(inputGrad[i], numeric(layer, input, projection, input.data, i), "input[" + i + "]");
        }
    }

    private static double numeric(Layer layer, Matrix input, Matrix projection, float[] values, int i) {
        float saved = values[i];
        values[i] = saved + STEP;
        double plus = projected(layer.forward(input), projection);
        values[i] = saved - STEP;
        double minus = projected(layer.forward(input), projection);
        values[i] = saved;
        return (plus - minus) / (2 * STEP);
    }

    private static double projected(Matrix output, Matrix projection) {
        double sum = 0;
        for (int i = 0; i < output.data.length; i++) {
            sum += (double) output.data[i] * projection.data[i];
        }
        return sum;
    }

    static void assertClose(double analytic, double numeric, String what) {
        assertEquals(numeric, analytic, TOLERANCE * Math.max(1, Math.abs(numeric)), what);
    }
}
