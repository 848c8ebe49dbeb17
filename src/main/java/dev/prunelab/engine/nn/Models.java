package dev.prunelab.engine.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ready-made networks: a multilayer perceptron of any depth and a small LeNet-5-style CNN.
 *
 * <pre>{@code
 * Network mlp = Models.mlp(new int[] {64, 256, 128, 10}, Activation.Kind.RELU, 0L);
 * Network cnn = Models.lenet5(1, 28, 28, 10, 0L);
 * }</pre>
 */
public final class Models {

    private Models() {}

    /**
     * A multilayer perceptron: dense layers with the activation between them (none after the last).
     *
     * @param sizes input width, hidden sizes..., classes; at least 2 entries, each > 0
     * @param activation the nonlinearity between dense layers
     * @param seed initialisation seed
     */
    public static Network mlp(int[] sizes, Activation.Kind activation, long seed) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException(
                    "sizes must list at least 2 widths (input, classes), got " + sizes.length);
        }
        for (int i = 0; i < sizes.length; i++) {
            Shapes.requirePositive(i == 0 ? "inputSize" : i == sizes.length - 1 ? "classes" : "hiddenSize", sizes[i]);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i + 1 < sizes.length; i++) {
            layers.add(new Dense("fc" + (i + 1), sizes[i], sizes[i + 1], random));
            if (i + 2 < sizes.length) {
                layers.add(new Activation(activation, sizes[i + 1]));
            }
        }
        return new Network(layers);
    }

    /**
     * LeNet-5 style: conv 5×5 (6 filters, same padding) → ReLU → max-pool 2 → conv 5×5 (16 filters,
     * same padding) → ReLU → max-pool 2 → dense 120 → ReLU → dense 84 → ReLU → dense classes.
     * Same padding keeps it usable on 8×8 digits as well as 28×28 MNIST.
     *
     * @param channels input channels, > 0
     * @param height input height, >= 4 (two poolings)
     * @param width input width, >= 4
     * @param classes output classes, > 0
     * @param seed initialisation seed
     */
    public static Network lenet5(int channels, int height, int width, int classes, long seed) {
        Shapes.requirePositive("channels", channels);
        Shapes.requirePositive("classes", classes);
        if (height < 4 || width < 4) {
            throw new IllegalArgumentException("image size must be >= 4x4, got " + height + "x" + width);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Layer> layers = new ArrayList<>();
        int h = height;
        int w = width;
        int c = channels;
        int[] filters = {6, 16};
        for (int i = 0; i < filters.length; i++) {
            layers.add(new Conv2d("conv" + (i + 1), c, filters[i], 5, 2, h, w, random));
            layers.add(new Activation(Activation.Kind.RELU, filters[i] * h * w));
            layers.add(new MaxPool2d(filters[i], h, w));
            c = filters[i];
            h /= 2;
            w /= 2;
        }
        int[] dense = {c * h * w, 120, 84, classes};
        for (int i = 0; i + 1 < dense.length; i++) {
            layers.add(new Dense("fc" + (i + 1), dense[i], dense[i + 1], random));
            if (i + 2 < dense.length) {
                layers.add(new Activation(Activation.Kind.RELU, dense[i + 1]));
            }
        }
        return new Network(layers);
    }
}
