package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Conv2d;
import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.nn.Indices;
import dev.prunelab.engine.nn.Layer;
import dev.prunelab.engine.nn.MaxPool2d;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Physically removes dead units so structured pruning's speed-up is real: a neuron or filter whose
 * weight row and bias are all zero always outputs 0 (ReLU(0) = tanh(0) = 0), so deleting it (its row,
 * its bias, and the matching input columns of the next weighted layer) leaves the function unchanged.
 *
 * <pre>{@code
 * Network small = Shrinker.shrink(prunedNetwork); // same predictions, fewer neurons and filters
 * }</pre>
 */
public final class Shrinker {

    private Shrinker() {}

    /**
     * @param network a (structurally) pruned network; not modified
     * @return a smaller copy computing the same logits; the output layer keeps all its classes
     */
    public static Network shrink(Network network) {
        List<Layer> layers = network.layers();
        int lastWeighted = -1;
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Dense || layers.get(i) instanceof Conv2d) {
                lastWeighted = i;
            }
        }
        List<Layer> result = new ArrayList<>();
        int[] keptUnits = null; // units of the previous weighted layer kept; null before the first one
        int valuesPerUnit = 1; // pixels per channel for conv outputs
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            if (layer instanceof Dense dense) {
                int[] rows =
                        i == lastWeighted ? Indices.all(dense.outputSize()) : liveRows(dense.weight(), dense.bias());
                result.add(dense.keep(
                        rows, keptUnits == null ? Indices.all(dense.inputSize()) : expand(keptUnits, valuesPerUnit)));
                keptUnits = rows;
                valuesPerUnit = 1;
            } else if (layer instanceof Conv2d conv) {
                int[] rows = i == lastWeighted ? Indices.all(conv.filters()) : liveRows(conv.weight(), conv.bias());
                result.add(conv.keep(rows, keptUnits == null ? Indices.all(conv.channels()) : keptUnits));
                keptUnits = rows;
                valuesPerUnit = conv.outputPixels();
            } else if (keptUnits == null) {
                result.add(layer.copy()); // before any weighted layer nothing has shrunk
            } else if (layer instanceof MaxPool2d pool) {
                MaxPool2d smaller = pool.withChannels(keptUnits.length);
                valuesPerUnit = smaller.outputSize() / keptUnits.length;
                result.add(smaller);
            } else if (layer instanceof Activation activation) {
                result.add(activation.withWidth(keptUnits.length * valuesPerUnit));
            } else {
                throw new IllegalArgumentException("layer " + i + " must be dense, conv, pooling or activation, got "
                        + layer.getClass().getSimpleName());
            }
        }
        return new Network(result);
    }

    /** Rows with a non-zero weight or a non-zero bias (an all-zero unit is dead). */
    private static int[] liveRows(Parameter weight, Parameter bias) {
        List<Integer> live = new ArrayList<>();
        float[] w = weight.value();
        for (int r = 0; r < weight.rows(); r++) {
            boolean alive = bias.value()[r] != 0f;
            for (int c = 0; c < weight.cols() && !alive; c++) {
                alive = w[r * weight.cols() + c] != 0f;
            }
            if (alive) {
                live.add(r);
            }
        }
        if (live.isEmpty()) {
            live.add(0); // keep one (dead) unit so the layer still has a shape; it outputs 0
        }
        return live.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Input columns of kept units, each unit spanning {@code valuesPerUnit} consecutive columns. */
    private static int[] expand(int[] units, int valuesPerUnit) {
        int[] columns = new int[units.length * valuesPerUnit];
        for (int u = 0; u < units.length; u++) {
            for (int v = 0; v < valuesPerUnit; v++) {
                columns[u * valuesPerUnit + v] = units[u] * valuesPerUnit + v;
            }
        }
        return columns;
    }
}
