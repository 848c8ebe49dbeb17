package dev.prunelab.lab.figures;

import dev.prunelab.engine.nn.Conv2d;
import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.nn.Layer;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Erdős–Rényi-Kernel layer budget (RigL's default) worked out on the engine's LeNet-5 for 28×28 images, against
 * the same sparsity in every layer.
 */
final class Erk {

    static final double SPARSITY = 0.9;

    private Erk() {}

    /**
     * One weight layer's shape.
     *
     * @param name the layer's name
     * @param inputs input channels (or features)
     * @param outputs output channels (or units)
     * @param kernel kernel side, 0 for a dense layer
     */
    record Shape(String name, int inputs, int outputs, int kernel) {
        long weights() {
            return (long) inputs * outputs * Math.max(1, kernel * kernel);
        }

        double ratio() {
            return (inputs + outputs + 2.0 * kernel) / weights();
        }
    }

    static List<Shape> shapes(Network network) {
        List<Shape> shapes = new ArrayList<>();
        for (Layer layer : network.layers()) {
            if (layer instanceof Conv2d conv) {
                shapes.add(new Shape(
                        conv.weight().name().replace(".weight", ""), conv.channels(), conv.filters(), conv.kernel()));
            } else if (layer instanceof Dense dense) {
                shapes.add(new Shape(dense.name(), dense.inputSize(), dense.outputSize(), 0));
            }
        }
        return shapes;
    }

    /** ERK densities meeting {@code 1 − sparsity} of all weights: layers that would exceed 1 are dense. */
    static double[] densities(List<Shape> shapes, double sparsity) {
        double[] density = new double[shapes.size()];
        boolean[] dense = new boolean[shapes.size()];
        long total = shapes.stream().mapToLong(Shape::weights).sum();
        boolean changed = true;
        while (changed) {
            changed = false;
            double budget = (1 - sparsity) * total;
            double divisor = 0;
            for (int i = 0; i < shapes.size(); i++) {
                if (dense[i]) {
                    budget -= shapes.get(i).weights();
                } else {
                    divisor += shapes.get(i).ratio() * shapes.get(i).weights();
                }
            }
            double epsilon = budget / divisor;
            for (int i = 0; i < shapes.size(); i++) {
                density[i] = dense[i] ? 1 : epsilon * shapes.get(i).ratio();
                if (!dense[i] && density[i] > 1) {
                    dense[i] = true;
                    changed = true;
                }
            }
        }
        return density;
    }

    static void draw(Map<String, String> svgs) {
        List<Shape> shapes = shapes(Models.lenet5(1, 28, 28, 10, TrainedDigits.SEED));
        double[] erk = densities(shapes, SPARSITY);
        int n = shapes.size();
        Plot plot = new Plot(-0.5, n - 0.5, 0, 100)
                .axes(new double[0], "", new double[] {0, 20, 40, 60, 80, 100}, "sparsity (%)");
        for (int i = 0; i < n; i++) {
            plot.bar(i - 0.2, 0.36, 100 * SPARSITY, "fig-control");
            plot.bar(i + 0.2, 0.36, 100 * (1 - erk[i]), "fig-s1");
            plot.label(i, -9, shapes.get(i).name(), "middle");
            plot.label(i, -17, count(shapes.get(i).weights()), "middle");
        }
        svgs.put(
                "erk-budget",
                plot.legend("uniform: " + Math.round(100 * SPARSITY) + "% in every layer", "fig-control")
                        .legend("ERK: " + Math.round(100 * SPARSITY) + "% overall", "fig-s1")
                        .svg());
    }

    private static String count(long weights) {
        return weights >= 10_000 ? Math.round(weights / 1000.0) + "k" : String.valueOf(weights);
    }
}
