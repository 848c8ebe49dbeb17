package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;
import java.util.function.ObjDoubleConsumer;

/** One-shot and iterative pruning: round r prunes up to the r-th target, then fine-tunes. */
final class Stepwise implements ScheduleController {

    private final double[] targets;
    private final int epochsPerRound;
    private final ObjDoubleConsumer<Network> afterRound;

    Stepwise(double[] targets, int epochsPerRound, ObjDoubleConsumer<Network> afterRound) {
        requireIncreasing(targets);
        if (epochsPerRound < 0) {
            throw new IllegalArgumentException("epochsPerRound must be >= 0, got " + epochsPerRound);
        }
        this.targets = targets.clone();
        this.epochsPerRound = epochsPerRound;
        this.afterRound = afterRound;
    }

    @Override
    public int rounds() {
        return targets.length;
    }

    @Override
    public void prune(Network network, int round, Pruning pruning) {
        pruning.step(network, round == 1 ? 0 : targets[round - 2], targets[round - 1]);
    }

    @Override
    public int epochs(int round) {
        return epochsPerRound;
    }

    @Override
    public void afterRound(Network network, int round) {
        afterRound.accept(network, targets[round - 1]);
    }

    private static void requireIncreasing(double[] sparsities) {
        if (sparsities.length == 0) {
            throw new IllegalArgumentException("sparsities must hold at least 1 target, got 0");
        }
        double previous = -1;
        for (double s : sparsities) {
            SparsityCheck.require("sparsities", s);
            if (s < previous) {
                throw new IllegalArgumentException(
                        "sparsities must be non-decreasing, got " + s + " after " + previous);
            }
            previous = s;
        }
    }
}
