package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;
import java.util.function.ObjDoubleConsumer;

/**
 * One-shot and iterative pruning of single weights (Han et al. 2015), run by {@link PruningLoop}, and the geometric
 * targets of iterative rounds. Gradual pruning is {@link GradualPruning}; lottery tickets are {@link LotteryTicket}.
 *
 * <pre>{@code
 * Schedules.iterative(net, Criterion.magnitude(), Scope.GLOBAL, Schedules.geometric(0.92, 4), tuner, 3,
 *         (model, sparsity) -> System.out.println(sparsity + " " + Evaluation.of(model, test).accuracy()));
 * }</pre>
 */
public final class Schedules {

    private Schedules() {}

    /**
     * Prunes once to the target sparsity, then fine-tunes.
     *
     * @param sparsity in [0, 1)
     * @param epochs fine-tuning epochs, >= 0
     */
    public static void oneShot(
            Network network, Criterion criterion, Scope scope, double sparsity, FineTuner tuner, int epochs) {
        PruningLoop.run(network, unstructured(criterion, scope), ScheduleController.oneShot(sparsity, epochs), tuner);
    }

    /**
     * Iterative pruning: for each target in turn, prune up to it and fine-tune, reporting after each round.
     *
     * @param sparsities increasing targets, each in [0, 1)
     * @param epochsPerRound fine-tuning epochs per round, >= 0
     * @param afterRound receives the network and the round's sparsity
     */
    public static void iterative(
            Network network,
            Criterion criterion,
            Scope scope,
            double[] sparsities,
            FineTuner tuner,
            int epochsPerRound,
            ObjDoubleConsumer<Network> afterRound) {
        PruningLoop.run(
                network,
                unstructured(criterion, scope),
                ScheduleController.iterative(sparsities, epochsPerRound, afterRound),
                tuner);
    }

    private static Pruning unstructured(Criterion criterion, Scope scope) {
        return new Pruning(criterion, PruningMethod.unstructured(), scope);
    }

    /**
     * Targets that remove the same share of the remaining weights each round:
     * {@code s_r = 1 − (1 − s_final)^(r / rounds)}, e.g. 0.75 in 2 rounds gives 0.5, 0.75.
     *
     * @param finalSparsity in [0, 1)
     * @param rounds in [1, 100]
     */
    public static double[] geometric(double finalSparsity, int rounds) {
        SparsityCheck.require("finalSparsity", finalSparsity);
        if (rounds < 1 || rounds > 100) {
            throw new IllegalArgumentException("rounds must be in [1, 100], got " + rounds);
        }
        double[] targets = new double[rounds];
        for (int r = 1; r <= rounds; r++) {
            targets[r - 1] = r == rounds ? finalSparsity : 1 - Math.pow(1 - finalSparsity, (double) r / rounds);
        }
        return targets;
    }
}
