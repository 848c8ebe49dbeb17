package dev.prunelab.engine.prune;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.train.Samples;
import java.util.List;

/**
 * An importance criterion: one score per weight entry, higher = more important. Scores are kept
 * separate from what gets masked, so every criterion plugs into every {@link PruningMethod} and scope.
 *
 * <pre>{@code
 * Criterion c = Criterion.taylor(train, 64);
 * Pruner.prune(network, c, PruningMethod.unstructured(), Scope.GLOBAL, Amount.fraction(0.9));
 * }</pre>
 */
public interface Criterion {

    /**
     * @param network the model the weights belong to (gradient criteria run it)
     * @param weights the parameters to score
     * @return one array per weight, laid out like it
     */
    List<float[]> scores(Network network, List<Parameter> weights);

    /** Magnitude |w| (L1): the classic baseline of Han et al. 2015. */
    static Criterion magnitude() {
        return (network, weights) -> weights.stream()
                .map(w -> {
                    float[] v = w.value();
                    float[] s = new float[v.length];
                    for (int i = 0; i < v.length; i++) {
                        s[i] = Math.abs(v[i]);
                    }
                    return s;
                })
                .toList();
    }

    /**
     * Uniform random scores: the control every real criterion must beat.
     *
     * @param seed makes the draw reproducible
     */
    static Criterion random(long seed) {
        return new RandomCriterion(seed);
    }

    /**
     * First-order Taylor |w · ∂L/∂w| (Molchanov et al. 2019), with the gradient of the mean loss over
     * {@code data}: the loss change predicted by removing the weight, to first order.
     *
     * @param data rows to take the gradient on
     * @param batchSize rows per forward pass, > 0
     */
    static Criterion taylor(Samples data, int batchSize) {
        return new GradientCriterion(GradientCriterion.Kind.TAYLOR, data, batchSize);
    }

    /**
     * SNIP connection sensitivity (Lee et al. 2019): |w · ∂L/∂w| normalised to sum 1 over all scored
     * weights. Meant to be used at initialisation, before any training (single-shot pruning).
     */
    static Criterion snip(Samples data, int batchSize) {
        return new GradientCriterion(GradientCriterion.Kind.SNIP, data, batchSize);
    }

    /**
     * OBD-style second-order saliency ½·H_ii·w² (LeCun et al. 1990), with the Hessian diagonal H_ii
     * <em>approximated</em> by the empirical Fisher diagonal: the mean of squared per-sample gradients
     * (the Gauss-Newton/Fisher approximation, exact only near a minimum of a well-fit model).
     *
     * @param data rows whose per-sample gradients are averaged (each costs one forward+backward)
     */
    static Criterion fisherSaliency(Samples data) {
        return new GradientCriterion(GradientCriterion.Kind.FISHER, data, 1);
    }
}
