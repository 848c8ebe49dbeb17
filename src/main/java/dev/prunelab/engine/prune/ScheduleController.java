package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.train.StepHook;
import java.util.function.ObjDoubleConsumer;

/**
 * Steers {@link PruningLoop}: how many rounds, what to prune before each round's training, how long to train, what
 * runs during and after it. One-shot, iterative and gradual pruning are made here; the lottery ticket is
 * {@link LotteryTicket}.
 */
public interface ScheduleController {

    /** Rounds of "prune, then fine-tune", at least 1. */
    int rounds();

    /** Prunes before the training of {@code round} (from 1); gradual pruning prunes nothing here. */
    void prune(Network network, int round, Pruning pruning);

    /** Training epochs of {@code round}, >= 0. */
    int epochs(int round);

    /** Runs after each backward pass of the round's training: gradual pruning prunes there. */
    default StepHook duringTraining(int round, Pruning pruning) {
        return StepHook.NONE;
    }

    /** Called once the round's training is done. */
    default void afterRound(Network network, int round) {}

    /** Training epochs of all rounds together. */
    default int totalEpochs() {
        int total = 0;
        for (int round = 1; round <= rounds(); round++) {
            total += epochs(round);
        }
        return total;
    }

    /**
     * Prunes once to the target sparsity, then fine-tunes.
     *
     * @param sparsity in [0, 1)
     * @param epochs fine-tuning epochs, >= 0
     */
    static ScheduleController oneShot(double sparsity, int epochs) {
        return iterative(new double[] {sparsity}, epochs, (network, reached) -> {});
    }

    /**
     * Iterative pruning (Han et al. 2015): for each target in turn, prune up to it and fine-tune.
     *
     * @param sparsities non-decreasing targets, each in [0, 1), e.g. {@link Schedules#geometric}
     * @param epochsPerRound fine-tuning epochs per round, >= 0
     * @param afterRound receives the network and the round's target after its fine-tuning
     */
    static ScheduleController iterative(
            double[] sparsities, int epochsPerRound, ObjDoubleConsumer<Network> afterRound) {
        return new Stepwise(sparsities, epochsPerRound, afterRound);
    }

    /**
     * Gradual pruning (Zhu &amp; Gupta 2017) in one training run: {@link GradualPruning}'s cubic schedule from 0 to
     * {@code finalSparsity}, pruning during training.
     *
     * @param epochs training epochs, >= 1
     * @param pruningSteps increments after the first pruning step, >= 1
     * @param interval optimizer steps between increments, >= 1
     */
    static ScheduleController gradual(double finalSparsity, int epochs, int pruningSteps, long interval) {
        return new ScheduleController() {
            @Override
            public int rounds() {
                return 1;
            }

            @Override
            public void prune(Network network, int round, Pruning pruning) {}

            @Override
            public int epochs(int round) {
                return epochs;
            }

            @Override
            public StepHook duringTraining(int round, Pruning pruning) {
                return new GradualPruning(pruning, 0, finalSparsity, 0, pruningSteps, interval);
            }
        };
    }
}
