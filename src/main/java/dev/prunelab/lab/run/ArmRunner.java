package dev.prunelab.lab.run;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.prune.Criterion;
import dev.prunelab.engine.prune.LotteryTicket;
import dev.prunelab.engine.prune.Pruning;
import dev.prunelab.engine.prune.PruningLoop;
import dev.prunelab.engine.prune.PruningMethod;
import dev.prunelab.engine.prune.ScheduleController;
import dev.prunelab.engine.prune.Schedules;
import dev.prunelab.engine.prune.Scope;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.engine.train.Shuffle;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.Schedule;
import dev.prunelab.lab.spec.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Runs one {@link Arm} at every target sparsity of a spec, each target starting from the trained dense model (or
 * from a fresh initialisation for SNIP and the lottery ticket), and keeps each pruned model for the result.
 */
final class ArmRunner {

    /** A pruned model at one target and the training epochs it cost after the dense model. */
    record Outcome(double target, Network network, int epochs) {}

    /** One chart line. */
    record Line(String name, String role, List<Outcome> outcomes) {}

    private static final int SCORE_ROWS = 512;

    private final Sweep sweep;
    private final long seed;
    private final RunContext context;
    private final Samples train;
    private final Samples test;
    private final LongFunction<Network> initialise;

    ArmRunner(
            ExperimentSpec.Network spec,
            RunContext context,
            Samples train,
            Samples test,
            LongFunction<Network> initialise) {
        this.sweep = spec.sweep();
        this.seed = spec.seed();
        this.context = context;
        this.train = train;
        this.test = test;
        this.initialise = initialise;
    }

    /** Training epochs the arm will take after the dense model, for the progress bar. */
    static double plannedEpochs(Sweep sweep, Arm arm) {
        int targets = sweep.sparsities().size();
        int fineTune = sweep.fineTuneEpochs();
        int rounds = sweep.roundsOrOne();
        return switch (arm.schedule()) {
            case LOTTERY -> sweep.epochs() * (1 + 2.0 * rounds);
            case ITERATIVE -> targets * rounds * fineTune;
            case GRADUAL -> targets * rounds * Math.max(1, fineTune);
            case ONE_SHOT -> targets * (fineTune + (arm.criterion().atInitialisation() ? sweep.epochs() : 0));
        };
    }

    List<Line> run(Arm arm, Network dense) {
        if (arm.schedule() == Schedule.LOTTERY) {
            return lottery(arm);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (double target : sweep.sparsities()) {
            context.phase(arm.name() + ": " + percent(target) + " sparsity");
            boolean atInitialisation = arm.criterion().atInitialisation();
            ScheduleController schedule = schedule(arm, target, atInitialisation);
            Network network = atInitialisation ? initialise.apply(seed) : dense.copy();
            PruningLoop.run(network, pruning(arm, target), schedule, context.tuner(train, seed));
            outcomes.add(new Outcome(target, network, schedule.totalEpochs()));
        }
        return List.of(new Line(arm.name(), arm.role(), outcomes));
    }

    /**
     * The arm's schedule to one target. SNIP prunes the freshly initialised network by connection sensitivity and
     * then trains it from scratch; gradual pruning (Zhu and Gupta) raises sparsity during the first three quarters
     * of its training steps.
     */
    private ScheduleController schedule(Arm arm, double target, boolean atInitialisation) {
        int fineTune = sweep.fineTuneEpochs();
        return switch (arm.schedule()) {
            case ITERATIVE ->
                ScheduleController.iterative(
                        Schedules.geometric(target, sweep.roundsOrOne()), fineTune, (network, reached) -> {});
            case GRADUAL -> {
                int epochs = sweep.roundsOrOne() * Math.max(1, fineTune);
                long steps = (long) epochs * ((train.rows() + RunContext.BATCH - 1) / RunContext.BATCH);
                long interval = Math.max(1, steps / 40);
                int increments = (int) Math.max(1, steps * 3 / 4 / interval);
                yield ScheduleController.gradual(target, epochs, increments, interval);
            }
            case ONE_SHOT, LOTTERY ->
                ScheduleController.oneShot(target, atInitialisation ? sweep.epochs() + fineTune : fineTune);
        };
    }

    /** Iterative magnitude pruning with rewinding to initialisation, against the same masks re-initialised. */
    private List<Line> lottery(Arm arm) {
        int rounds = sweep.roundsOrOne();
        double perRound = 1 - Math.pow(1 - sweep.maxSparsity(), 1.0 / rounds);
        context.phase("Lottery ticket: train, prune " + percent(perRound) + " per round, rewind");
        List<Outcome> tickets = new ArrayList<>();
        List<Outcome> controls = new ArrayList<>();
        LotteryTicket procedure =
                new LotteryTicket(initialise, context.tuner(train, seed), sweep.epochs(), rounds, perRound, 0);
        // the procedure scores each round's ticket, then its control: keep a copy of each as it is scored
        List<LotteryTicket.Round> results = procedure.run(seed, network -> {
            List<Outcome> into = tickets.size() > controls.size() ? controls : tickets;
            into.add(new Outcome(0, network.copy(), sweep.epochs()));
            return context.evaluate(network, test).accuracy();
        });
        return List.of(
                new Line(arm.name(), arm.role(), retarget(tickets, results)),
                new Line("random re-initialisation", "compare", retarget(controls, results)));
    }

    private static List<Outcome> retarget(List<Outcome> outcomes, List<LotteryTicket.Round> rounds) {
        List<Outcome> result = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            result.add(new Outcome(rounds.get(i).sparsity(), o.network(), o.epochs() * (i + 1)));
        }
        return result;
    }

    /** The arm's criterion, method and scope; an N:M pattern keeps n of every 4 so that the target is met. */
    private Pruning pruning(Arm arm, double target) {
        return switch (arm.granularity()) {
            case NEURONS -> new Pruning(criterion(arm), PruningMethod.rows(2), Scope.LAYER);
            case N_OF_M ->
                new Pruning(criterion(arm), PruningMethod.nOfM((int) Math.round(4 * (1 - target)), 4), Scope.LAYER);
            case UNSTRUCTURED ->
                new Pruning(
                        criterion(arm),
                        PruningMethod.unstructured(),
                        arm.scope().engine());
        };
    }

    private Criterion criterion(Arm arm) {
        return switch (arm.criterion()) {
            case RANDOM -> Criterion.random(seed);
            case SNIP -> Criterion.snip(scoringRows(), 64);
            case TAYLOR -> Criterion.taylor(scoringRows(), 64);
            case MAGNITUDE -> Criterion.magnitude();
        };
    }

    private Samples scoringRows() {
        int rows = Math.min(SCORE_ROWS, train.rows());
        int width = train.width();
        int[] order = Shuffle.permutation(train.rows(), seed); // a sample of every class, not the first rows
        float[] features = new float[rows * width];
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(train.features(), order[i] * width, features, i * width, width);
            labels[i] = train.labels()[order[i]];
        }
        return new Samples(features, labels, width);
    }

    static String percent(double fraction) {
        return Math.round(fraction * 1000) / 10.0 + "%";
    }
}
