package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;

/**
 * What a schedule prunes with: any criterion, any method and a scope, as one value a {@link ScheduleController}
 * applies when it decides to.
 *
 * <pre>{@code
 * Pruning neurons = new Pruning(Criterion.magnitude(), PruningMethod.rows(2), Scope.LAYER);
 * neurons.step(network, 0, 0.5); // half the hidden units of every layer
 * }</pre>
 */
public record Pruning(Criterion criterion, PruningMethod method, Scope scope) {

    /** Global magnitude pruning of single weights: the lottery ticket's. */
    public static final Pruning GLOBAL_MAGNITUDE =
            new Pruning(Criterion.magnitude(), PruningMethod.unstructured(), Scope.GLOBAL);

    /** Prunes from sparsity {@code from}, reached already, up to {@code to} ({@link Pruner#pruneStep}). */
    public void step(Network network, double from, double to) {
        Pruner.pruneStep(network, criterion, method, scope, from, to);
    }

    /** Prunes the amount of what is still unpruned. */
    public void by(Network network, Amount amount) {
        Pruner.prune(network, criterion, method, scope, amount);
    }
}
