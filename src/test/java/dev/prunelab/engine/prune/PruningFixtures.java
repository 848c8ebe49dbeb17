package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;

/** Small networks with known weights, shared by the pruning tests. */
final class PruningFixtures {

    /** The 3×4 weight used for the PyTorch 1.13 {@code torch.nn.utils.prune} fixtures. */
    static final float[] WEIGHT = {0.5f, -0.1f, 0.3f, -0.9f, 0.05f, 0.7f, -0.2f, 0.4f, -0.6f, 0.25f, 0.15f, -0.35f};
    /** A second 2×2 weight for the global fixture. */
    static final float[] SECOND_WEIGHT = {0.01f, 0.8f, -0.45f, 0.2f};

    private PruningFixtures() {}

    /** A 4 → 3 → 2 network whose first weight is {@link #WEIGHT}. */
    static Network twoLayers() {
        Network network = Models.mlp(new int[] {4, 3, 2}, Activation.Kind.RELU, 0);
        Dense first = (Dense) network.layers().get(0);
        System.arraycopy(WEIGHT, 0, first.weight().value(), 0, WEIGHT.length);
        return network;
    }
}
