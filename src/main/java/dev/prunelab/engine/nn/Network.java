package dev.prunelab.engine.nn;

import dev.prunelab.engine.tensor.Matrix;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A feed-forward stack of layers ending in class logits (softmax cross-entropy is applied by the
 * trainer). Build one with {@link Models}.
 */
public final class Network {

    private final List<Layer> layers;

    /**
     * @param layers at least one layer, each layer's input size equal to the previous one's output size
     */
    public Network(List<Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("layers must hold at least 1 layer, got 0");
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputSize() != layers.get(i - 1).outputSize()) {
                throw new IllegalArgumentException("layer " + i + " input size must be "
                        + layers.get(i - 1).outputSize() + ", got "
                        + layers.get(i).inputSize());
            }
        }
        this.layers = List.copyOf(layers);
    }

    public List<Layer> layers() {
        return layers;
    }

    public int inputSize() {
        return layers.get(0).inputSize();
    }

    public int classes() {
        return layers.get(layers.size() - 1).outputSize();
    }

    /** Logits for a batch; the result is a buffer reused by the next call. */
    public Matrix forward(Matrix input) {
        Matrix x = input;
        for (Layer layer : layers) {
            x = layer.forward(x);
        }
        return x;
    }

    /** Back-propagates dLoss/dLogits through every layer, setting every parameter gradient. */
    public void backward(Matrix gradLogits) {
        Matrix g = gradLogits;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g, i > 0);
        }
    }

    /** Every trainable parameter, in layer order. */
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Layer layer : layers) {
            all.addAll(layer.parameters());
        }
        return Collections.unmodifiableList(all);
    }

    /** The parameters pruning may mask: all weight matrices (biases are kept, as in the lab workloads). */
    public List<Parameter> prunableWeights() {
        return parameters().stream().filter(Parameter::prunable).toList();
    }

    public void zeroGrad() {
        for (Parameter p : parameters()) {
            p.zeroGrad();
        }
    }

    /** A deep copy: same structure, values and masks, no shared state. */
    public Network copy() {
        return new Network(layers.stream().map(Layer::copy).toList());
    }

    /** Copies values and masks from a network of identical structure (e.g. rewinding to a snapshot). */
    public void copyFrom(Network other) {
        List<Parameter> mine = parameters();
        List<Parameter> theirs = other.parameters();
        if (mine.size() != theirs.size()) {
            throw new IllegalArgumentException(
                    "network must have " + mine.size() + " parameters, got " + theirs.size());
        }
        for (int i = 0; i < mine.size(); i++) {
            mine.get(i).copyFrom(theirs.get(i));
        }
    }
}
