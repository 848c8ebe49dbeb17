package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.train.StepHook;
import dev.prunelab.engine.train.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;

/**
 * The lottery ticket procedure (Frankle &amp; Carbin 2019) with rewinding (Frankle et al. 2020): train,
 * prune a share of the remaining weights by global magnitude, reset the survivors to their values at
 * initialisation (rewind step 0) or after k optimizer steps, and repeat. Each round is also run as the
 * <em>random re-initialisation control</em>: the same mask on freshly initialised weights, trained the
 * same way. A ticket is "winning" when it beats its control.
 *
 * <pre>{@code
 * LotteryTicket lt = new LotteryTicket(seed -> Models.mlp(sizes, RELU, seed), tuner, 5, 3, 0.2, 0);
 * for (LotteryTicket.Round r : lt.run(0L, net -> Evaluation.of(net, test).accuracy())) { ... }
 * }</pre>
 */
public final class LotteryTicket {

    /**
     * One pruning round's outcome.
     *
     * @param round 1-based
     * @param sparsity global weight sparsity of the ticket
     * @param ticketScore the rewound, retrained ticket's score
     * @param controlScore the same mask on a random re-initialisation, retrained
     */
    public record Round(int round, double sparsity, double ticketScore, double controlScore) {}

    private final LongFunction<Network> initialise;
    private final FineTuner tuner;
    private final int epochs;
    private final int rounds;
    private final double pruneFraction;
    private final long rewindStep;

    /**
     * @param initialise builds a freshly initialised network from a seed
     * @param tuner trains a network for a number of epochs
     * @param epochs training epochs per round, in [1, 1000]
     * @param rounds prune-rewind rounds, in [1, 50]
     * @param pruneFraction share of the remaining weights pruned per round, in (0, 1)
     * @param rewindStep 0 to rewind to initialisation, k > 0 to the weights after k optimizer steps
     */
    public LotteryTicket(
            LongFunction<Network> initialise,
            FineTuner tuner,
            int epochs,
            int rounds,
            double pruneFraction,
            long rewindStep) {
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("epochs must be in [1, 1000], got " + epochs);
        }
        if (rounds < 1 || rounds > 50) {
            throw new IllegalArgumentException("rounds must be in [1, 50], got " + rounds);
        }
        if (!(pruneFraction > 0 && pruneFraction < 1)) {
            throw new IllegalArgumentException("pruneFraction must be in (0, 1), got " + pruneFraction);
        }
        if (rewindStep < 0) {
            throw new IllegalArgumentException("rewindStep must be >= 0, got " + rewindStep);
        }
        this.initialise = initialise;
        this.tuner = tuner;
        this.epochs = epochs;
        this.rounds = rounds;
        this.pruneFraction = pruneFraction;
        this.rewindStep = rewindStep;
    }

    /**
     * Runs every round.
     *
     * @param seed initialisation seed of the ticket; the control uses {@code seed + round}
     * @param score how a trained network is judged (e.g. test accuracy)
     * @return one entry per round
     */
    public List<Round> run(long seed, ToDoubleFunction<Network> score) {
        Network network = initialise.apply(seed);
        Snapshot rewindPoint = new Snapshot(network, rewindStep);
        tuner.train(network, epochs, rewindPoint);
        if (rewindPoint.saved == null) {
            throw new IllegalArgumentException(
                    "rewindStep must be <= the steps of one training run, got " + rewindStep);
        }
        Rounds rounds = new Rounds(seed, rewindPoint.saved, score);
        PruningLoop.run(network, Pruning.GLOBAL_MAGNITUDE, rounds, tuner);
        return rounds.results;
    }

    /** Each round: prune a share of what is left, rewind the survivors, retrain; then the control, the same way. */
    private final class Rounds implements ScheduleController {
        private final long seed;
        private final Network rewindTo;
        private final ToDoubleFunction<Network> score;
        private final List<Round> results = new ArrayList<>();

        Rounds(long seed, Network rewindTo, ToDoubleFunction<Network> score) {
            this.seed = seed;
            this.rewindTo = rewindTo;
            this.score = score;
        }

        @Override
        public int rounds() {
            return rounds;
        }

        @Override
        public void prune(Network network, int round, Pruning pruning) {
            pruning.by(network, Amount.fraction(pruneFraction));
            rewindKeepingMasks(network, rewindTo);
        }

        @Override
        public int epochs(int round) {
            return epochs;
        }

        @Override
        public void afterRound(Network network, int round) {
            Network control = initialise.apply(seed + round);
            copyMasks(network, control);
            tuner.train(control, epochs, StepHook.NONE);
            results.add(
                    new Round(round, sparsity(network), score.applyAsDouble(network), score.applyAsDouble(control)));
        }
    }

    /** Saves a copy of the network once {@code step} optimizer steps have been taken. */
    private static final class Snapshot implements StepHook {
        private final long step;
        private long seen;
        private Network saved;

        Snapshot(Network network, long step) {
            this.step = step;
            if (step == 0) {
                saved = network.copy();
            }
        }

        @Override
        public void afterBackward(Network network) {
            if (seen++ == step && saved == null) { // before step k+1's update: weights after k steps
                saved = network.copy();
            }
        }
    }

    private static void rewindKeepingMasks(Network network, Network rewindTo) {
        List<Parameter> live = network.parameters();
        List<Parameter> old = rewindTo.parameters();
        for (int i = 0; i < live.size(); i++) {
            float[] mask = live.get(i).mask();
            live.get(i).copyFrom(old.get(i));
            if (mask != null) {
                live.get(i).setMask(mask);
            }
        }
    }

    private static void copyMasks(Network from, Network to) {
        List<Parameter> source = from.parameters();
        List<Parameter> target = to.parameters();
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).mask() != null) {
                target.get(i).setMask(source.get(i).mask());
            }
        }
    }

    private static double sparsity(Network network) {
        return Trainer.sparsity(network);
    }
}
