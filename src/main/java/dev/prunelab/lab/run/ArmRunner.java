package dev.prunelab.lab.run;

import dev.prunelab.engine.metrics.Evaluation;
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

    private final ExperimentSpec spec;
    private final RunContext context;
    private final Samples train;
    private final Samples test;
    private final LongFunction<Network> initialise;

    ArmRunner(ExperimentSpec spec, RunContext context, Samples train, Samples test, LongFunction<Network> initialise) {
        this.spec = spec;
        this.context = context;
        this.train = train;
        this.test = test;
        this.initialise = initialise;
    }

    /** Training epochs the arm will take after the dense model, for the progress bar. */
    static double plannedEpochs(ExperimentSpec spec, Arm arm) {
        int targets = spec.sparsities().size();
        int fineTune = spec.fineTuneEpochs();
        return switch (arm.schedule()) {
            case "lottery" -> spec.epochs() * (1 + 2.0 * spec.rounds());
            case "iterative" -> targets * spec.rounds() * fineTune;
            case "gradual" -> targets * spec.rounds() * Math.max(1, fineTune);
            default -> targets * (fineTune + (arm.criterion().equals("snip") ? spec.epochs() : 0));
        };
    }

    List<Line> run(Arm arm, Network dense) {
        if (arm.schedule().equals("lottery")) {
            return lottery(arm);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (double target : spec.sparsities()) {
            context.phase(arm.name() + ": " + percent(target) + " sparsity");
            boolean atInitialisation = arm.criterion().equals("snip");
            ScheduleController schedule = schedule(arm, target, atInitialisation);
            Network network = atInitialisation ? initialise.apply(spec.seed()) : dense.copy();
            PruningLoop.run(network, pruning(arm, target), schedule, context.tuner(train, spec.seed()));
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
        int fineTune = spec.fineTuneEpochs();
        return switch (arm.schedule()) {
            case "iterative" ->
                ScheduleController.iterative(
                        Schedules.geometric(target, spec.rounds()), fineTune, (network, reached) -> {});
            case "gradual" -> {
                int epochs = spec.rounds() * Math.max(1, fineTune);
                long steps = (long) epochs * ((train.rows() + RunContext.BATCH - 1) / RunContext.BATCH);
                long interval = Math.max(1, steps / 40);
                int increments = (int) Math.max(1, steps * 3 / 4 / interval);
                yield ScheduleController.gradual(target, epochs, increments, interval);
            }
            default -> ScheduleController.oneShot(target, atInitialisation ? spec.epochs() + fineTune : fineTune);
        };
    }

    /** Iterative magnitude pruning with rewinding to initialisation, against the same masks re-initialised. */
    private List<Line> lottery(Arm arm) {
        double perRound = 1 - Math.pow(1 - spec.maxSparsity(), 1.0 / spec.rounds());
        context.phase("Lottery ticket: train, prune " + percent(perRound) + " per round, rewind");
        List<Outcome> tickets = new ArrayList<>();
        List<Outcome> controls = new ArrayList<>();
        LotteryTicket procedure = new LotteryTicket(
                initialise, context.tuner(train, spec.seed()), spec.epochs(), spec.rounds(), perRound, 0);
        List<LotteryTicket.Round> rounds = procedure.run(spec.seed(), network -> {
            List<Outcome> into = tickets.size() > controls.size() ? controls : tickets;
            into.add(new Outcome(0, network.copy(), spec.epochs()));
            return Evaluation.of(network, test).accuracy();
        });
        return List.of(
                new Line(arm.name(), arm.role(), retarget(tickets, rounds)),
                new Line("random re-initialisation", "compare", retarget(controls, rounds)));
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
            case "neurons" -> new Pruning(criterion(arm), PruningMethod.rows(2), Scope.LAYER);
            case "n:m" ->
                new Pruning(criterion(arm), PruningMethod.nOfM((int) Math.round(4 * (1 - target)), 4), Scope.LAYER);
            default -> new Pruning(criterion(arm), PruningMethod.unstructured(), scope(arm));
        };
    }

    private Criterion criterion(Arm arm) {
        return switch (arm.criterion()) {
            case "random" -> Criterion.random(spec.seed());
            case "snip" -> Criterion.snip(scoringRows(), 64);
            case "taylor" -> Criterion.taylor(scoringRows(), 64);
            default -> Criterion.magnitude();
        };
    }

    private Samples scoringRows() {
        int rows = Math.min(SCORE_ROWS, train.rows());
        int width = train.width();
        int[] order = Shuffle.permutation(train.rows(), spec.seed()); // a sample of every class, not the first rows
        float[] features = new float[rows * width];
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(train.features(), order[i] * width, features, i * width, width);
            labels[i] = train.labels()[order[i]];
        }
        return new Samples(features, labels, width);
    }

    private static Scope scope(Arm arm) {
        return arm.scope().equals("global") ? Scope.GLOBAL : Scope.LAYER;
    }

    static String percent(double fraction) {
        return Math.round(fraction * 1000) / 10.0 + "%";
    }
}
