package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;

/**
 * Prune, then fine-tune: the one loop every pruning schedule runs. A {@link ScheduleController} steers it (one-shot,
 * iterative, gradual, lottery ticket) the way scikit-learn's {@code _PathFinder} and {@code _AlphaPruner} steer one
 * weakest-link loop ({@code engine/tree/CostComplexityPruning}), so a schedule is a few small decisions rather than
 * another copy of the loop. Any {@link Criterion}, {@link PruningMethod} and {@link Scope} plug in through
 * {@link Pruning}; how training runs is the caller's {@link FineTuner}.
 *
 * <pre>{@code
 * Pruning pruning = new Pruning(Criterion.magnitude(), PruningMethod.rows(2), Scope.LAYER);
 * PruningLoop.run(dense.copy(), pruning, ScheduleController.iterative(Schedules.geometric(0.75, 3), 2, (n, s) -> {}), tuner);
 * }</pre>
 */
public final class PruningLoop {

    private PruningLoop() {}

    /**
     * Runs every round of the controller on the network, in place.
     *
     * @return the network, pruned and fine-tuned
     */
    public static Network run(Network network, Pruning pruning, ScheduleController controller, FineTuner tuner) {
        for (int round = 1; round <= controller.rounds(); round++) {
            controller.prune(network, round, pruning);
            tuner.train(network, controller.epochs(round), controller.duringTraining(round, pruning));
            controller.afterRound(network, round);
        }
        return network;
    }
}
