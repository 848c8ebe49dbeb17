package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.train.StepHook;

/**
 * Gradual pruning (Zhu &amp; Gupta 2017): during training, at steps t = t0, t0+Δt, …, t0+nΔt the
 * sparsity is raised to {@code s_t = s_f + (s_i − s_f)(1 − (t − t0)/(nΔt))³}, pruning fast early (while
 * the network can recover) and slowly near the end. Install it as the trainer's {@link StepHook}.
 *
 * <pre>{@code
 * GradualPruning gradual = new GradualPruning(Criterion.magnitude(), Scope.GLOBAL, 0.0, 0.9, 0, 10, 50);
 * new Trainer(20, 32, 0).afterBackward(gradual).fit(net, adam, train);
 * }</pre>
 */
public final class GradualPruning implements StepHook {

    private final Pruning pruning;
    private final double initialSparsity;
    private final double finalSparsity;
    private final long startStep;
    private final int pruningSteps;
    private final long interval;
    private long step;
    private double reached;

    /**
     * @param initialSparsity s_i, in [0, 1)
     * @param finalSparsity s_f, in [s_i, 1)
     * @param startStep t0, the first pruning step (0-based count of optimizer steps), >= 0
     * @param pruningSteps n, how many increments after t0, >= 1
     * @param interval Δt, optimizer steps between increments, >= 1
     */
    public GradualPruning(
            Criterion criterion,
            Scope scope,
            double initialSparsity,
            double finalSparsity,
            long startStep,
            int pruningSteps,
            long interval) {
        this(
                new Pruning(criterion, PruningMethod.unstructured(), scope),
                initialSparsity,
                finalSparsity,
                startStep,
                pruningSteps,
                interval);
    }

    /**
     * The same schedule with any pruning method: each increment is a {@link Pruning#step} from the last target.
     *
     * @see #GradualPruning(Criterion, Scope, double, double, long, int, long)
     */
    public GradualPruning(
            Pruning pruning,
            double initialSparsity,
            double finalSparsity,
            long startStep,
            int pruningSteps,
            long interval) {
        SparsityCheck.require("initialSparsity", initialSparsity);
        SparsityCheck.require("finalSparsity", finalSparsity);
        if (finalSparsity < initialSparsity) {
            throw new IllegalArgumentException(
                    "finalSparsity must be >= initialSparsity " + initialSparsity + ", got " + finalSparsity);
        }
        if (startStep < 0) {
            throw new IllegalArgumentException("startStep must be >= 0, got " + startStep);
        }
        if (pruningSteps < 1) {
            throw new IllegalArgumentException("pruningSteps must be >= 1, got " + pruningSteps);
        }
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be >= 1, got " + interval);
        }
        this.pruning = pruning;
        this.initialSparsity = initialSparsity;
        this.finalSparsity = finalSparsity;
        this.startStep = startStep;
        this.pruningSteps = pruningSteps;
        this.interval = interval;
    }

    /** The cubic schedule's target at optimizer step t: 0 before t0, s_f from t0 + nΔt on. */
    public double sparsityAt(long t) {
        if (t < startStep) {
            return 0;
        }
        double progress = Math.min(1.0, (double) (t - startStep) / (pruningSteps * interval));
        double remaining = 1 - progress;
        return finalSparsity + (initialSparsity - finalSparsity) * remaining * remaining * remaining;
    }

    /** Prunes at the scheduled steps, before the optimizer applies this step's (masked) gradient. */
    @Override
    public void afterBackward(Network network) {
        long t = step++;
        boolean scheduled =
                t >= startStep && (t - startStep) % interval == 0 && (t - startStep) / interval <= pruningSteps;
        if (scheduled) {
            double target = sparsityAt(t);
            pruning.step(network, reached, target); // masking also zeroes the pruned gradients
            reached = target;
        }
    }
}
