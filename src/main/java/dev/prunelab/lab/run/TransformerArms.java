package dev.prunelab.lab.run;

import dev.prunelab.engine.transformer.prune.OneShotMethod;
import dev.prunelab.engine.transformer.prune.OneShotSpec;
import dev.prunelab.engine.transformer.prune.SparsityPattern;
import dev.prunelab.engine.transformer.prune.StructuredPruner;
import dev.prunelab.lab.spec.Compare;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.Granularity;
import dev.prunelab.lab.spec.TransformerCriterion;
import java.util.ArrayList;
import java.util.List;

/** The pruned models a transformer experiment runs, in the order its charts list them: pattern, criterion, target. */
final class TransformerArms {

    static final String HEADS_AND_NEURONS = "heads+neurons";

    private TransformerArms() {}

    /**
     * One pruned model to make and score.
     *
     * @param oneShot    the engine's run for single weights, or null for heads and neurons
     * @param structured the engine's criterion for heads and neurons, or null for single weights
     */
    record Planned(
            String name,
            String role,
            TransformerCriterion criterion,
            String pattern,
            double target,
            OneShotSpec oneShot,
            StructuredPruner.Criterion structured) {}

    static List<Planned> of(ExperimentSpec.Transformer spec) {
        List<Granularity> patterns = spec.compare() == Compare.CRITERION_AND_GRANULARITY
                ? List.of(Granularity.UNSTRUCTURED, Granularity.N_OF_M)
                : List.of(spec.granularity());
        List<Planned> planned = new ArrayList<>();
        for (Granularity pattern : patterns) {
            List<TransformerCriterion> criteria = new ArrayList<>(
                    spec.compare() == Compare.NONE
                            ? List.of(spec.criterion())
                            : TransformerCriterion.compared(pattern));
            if (!criteria.contains(spec.criterion()) && spec.criterion().allows(pattern)) {
                criteria.add(spec.criterion());
            }
            for (TransformerCriterion criterion : criteria) {
                for (double target : spec.sparsities()) {
                    String role = criterion == spec.criterion() && pattern == spec.granularity() ? "main" : "compare";
                    planned.add(planned(criterion, pattern, target, role));
                }
            }
        }
        return planned;
    }

    private static Planned planned(TransformerCriterion criterion, Granularity pattern, double target, String role) {
        if (pattern == Granularity.NEURONS) {
            StructuredPruner.Criterion engine = criterion == TransformerCriterion.ACTIVATION
                    ? StructuredPruner.Criterion.ACTIVATION
                    : StructuredPruner.Criterion.MAGNITUDE;
            return new Planned(
                    criterion.label() + ", " + percent(target) + " of heads and neurons",
                    role,
                    criterion,
                    HEADS_AND_NEURONS,
                    target,
                    null,
                    engine);
        }
        SparsityPattern engine =
                pattern == Granularity.N_OF_M ? SparsityPattern.TWO_FOUR : SparsityPattern.UNSTRUCTURED;
        OneShotMethod method = switch (criterion) {
            case MAGNITUDE -> OneShotMethod.MAGNITUDE;
            case MAGNITUDE_GLOBAL -> OneShotMethod.MAGNITUDE_GLOBAL;
            case WANDA -> OneShotMethod.WANDA;
            case SPARSEGPT -> OneShotMethod.SPARSEGPT;
            case ACTIVATION -> throw new IllegalArgumentException("activation ranks heads and neurons, not weights");
        };
        return new Planned(
                criterion.label() + " " + engine.label() + " " + percent(target),
                role,
                criterion,
                engine.label(),
                target,
                new OneShotSpec(method, engine, target),
                null);
    }

    private static String percent(double target) {
        return Math.round(100 * target) + "%";
    }
}
