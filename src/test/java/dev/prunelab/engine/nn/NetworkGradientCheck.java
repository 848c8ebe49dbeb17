package dev.prunelab.engine.nn;

import dev.prunelab.engine.tensor.Matrix;

/** Finite-difference check of a whole network through softmax cross-entropy. */
final class NetworkGradientCheck {

    private static final float STEP = 1e-2f;

    private NetworkGradientCheck() {}

    static void check(Network network, Matrix input, int[] labels) {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        network.zeroGrad();
        loss.forward(network.forward(input), labels, 0);
        network.backward(loss.gradient());
        for (Parameter p : network.parameters()) {
            float[] analytic = p.grad().clone();
            float[] values = p.value();
            for (int i = 0; i < values.length; i++) {
                float saved = values[i];
                values[i] = saved + STEP;
                double plus = loss.forward(network.forward(input), labels, 0);
                values[i] = saved - STEP;
                double minus = loss.forward(network.forward(input), labels, 0);
                values[i] = saved;
                GradientCheck.assertClose(analytic[i], (plus - minus) / (2 * STEP), p.name() + "[" + i + "]");
            }
        }
    }
}
