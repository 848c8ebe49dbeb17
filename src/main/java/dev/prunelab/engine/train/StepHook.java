package dev.prunelab.engine.train;

import dev.prunelab.engine.nn.Network;

/**
 * Runs after each backward pass, before the optimizer step, while gradients are fresh: how
 * gradient-based pruning scores (movement, Taylor, Fisher) are accumulated during training.
 */
@FunctionalInterface
public interface StepHook {

    /** Does nothing. */
    StepHook NONE = network -> {};

    void afterBackward(Network network);
}
