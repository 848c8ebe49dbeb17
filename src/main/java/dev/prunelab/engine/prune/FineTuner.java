package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.train.StepHook;

/**
 * How a schedule trains between pruning steps: the caller decides the optimizer, batch size, data and
 * progress reporting; the schedule decides when and how long.
 *
 * <pre>{@code
 * FineTuner tuner = (net, epochs, hook) -> new Trainer(epochs, 32, seed).afterBackward(hook)
 *         .fit(net, Adam.withDefaults(net.parameters(), 1e-3), train);
 * }</pre>
 */
@FunctionalInterface
public interface FineTuner {

    /**
     * Trains the network in place with a fresh optimizer.
     *
     * @param network the model (masks held fixed)
     * @param epochs passes over the training data
     * @param hook to run after each backward pass (gradual pruning, rewinding snapshots)
     */
    void train(Network network, int epochs, StepHook hook);
}
