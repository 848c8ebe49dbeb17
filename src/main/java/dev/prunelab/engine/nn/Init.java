package dev.prunelab.engine.nn;

import java.util.SplittableRandom;

/**
 * PyTorch's default initialisation for {@code nn.Linear} and {@code nn.Conv2d}, so accuracies compare
 * with the reference scripts: weights by {@code kaiming_uniform_(a=sqrt(5))}, which works out to
 * U(-1/sqrt(fan_in), 1/sqrt(fan_in)), and biases U(-1/sqrt(fan_in), 1/sqrt(fan_in)).
 */
public final class Init {

    private Init() {}

    /**
     * Fills a weight and its bias in place.
     *
     * @param weight rows = units, cols = fan-in
     * @param bias one value per unit
     * @param random the run's own generator
     */
    public static void pytorchDefault(Parameter weight, Parameter bias, SplittableRandom random) {
        double bound = 1.0 / Math.sqrt(weight.cols());
        uniform(weight.value(), bound, random);
        uniform(bias.value(), bound, random);
    }

    private static void uniform(float[] values, double bound, SplittableRandom random) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
        }
    }
}
