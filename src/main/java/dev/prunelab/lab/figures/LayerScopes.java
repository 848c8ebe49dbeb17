package dev.prunelab.lab.figures;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.prune.Criterion;
import dev.prunelab.engine.prune.Pruner;
import dev.prunelab.engine.prune.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sparsity slider's global vs per-layer toggle: the {@link ExplorableDigits} MLP pruned by magnitude in one shot (no
 * fine-tuning) to each target, once with one threshold over all weights and once with a threshold per layer, with the
 * sparsity each layer ends at and the test accuracy left. A global threshold takes more from the layers whose weights
 * are small, so they empty first.
 *
 * @param dense   test accuracy before pruning
 * @param targets the overall sparsities, the sweep workload's targets so the slider's steps line up
 * @param layers  the prunable weights' names, in network order
 * @param sizes   their weight counts
 * @param scopes  by scope name ({@code global}, {@code layer}): what each target leaves
 */
record LayerScopes(double dense, double[] targets, List<String> layers, int[] sizes, Map<String, Outcome> scopes) {

    /**
     * @param sparsity per target, the sparsity of each layer
     * @param accuracy per target, test accuracy
     */
    record Outcome(double[][] sparsity, double[] accuracy) {}

    static final String NAME = "layer-scopes";
    static final double[] TARGETS = {0.3, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98};

    static LayerScopes of(ExplorableDigits digits) {
        List<Parameter> weights = digits.network().prunableWeights();
        Map<String, Outcome> scopes = new LinkedHashMap<>();
        for (Scope scope : List.of(Scope.GLOBAL, Scope.LAYER)) {
            double[][] sparsity = new double[TARGETS.length][];
            double[] accuracy = new double[TARGETS.length];
            for (int t = 0; t < TARGETS.length; t++) {
                Network pruned = digits.network().copy();
                Pruner.pruneTo(pruned, Criterion.magnitude(), scope, TARGETS[t]);
                sparsity[t] = pruned.prunableWeights().stream()
                        .mapToDouble(w -> ExplorableDigits.round(1 - (double) w.countNonZero() / w.size()))
                        .toArray();
                accuracy[t] = digits.accuracy(pruned);
            }
            scopes.put(scope.name().toLowerCase(Locale.ROOT), new Outcome(sparsity, accuracy));
        }
        return new LayerScopes(
                digits.accuracy(digits.network()),
                TARGETS.clone(),
                weights.stream().map(Parameter::name).toList(),
                weights.stream().mapToInt(Parameter::size).toArray(),
                scopes);
    }
}
