package dev.prunelab.lab.spec;

import java.util.List;
import java.util.Set;

/**
 * The checks of a transformer experiment (model minilm), part of {@link SpecRules}: the criterion must suit the
 * granularity, 2:4 removes exactly half, and the models one run prunes and scores stay within the lab's time budget.
 */
final class TransformerRules {

    /** The request fields a transformer experiment uses; the others are ignored. */
    static final Set<String> FIELDS =
            Set.of("preset", "model", "criterion", "granularity", "sparsities", "compare", "rows", "seed");

    static final int MIN_CARDS = 10;
    static final int MAX_CARDS = 200;
    /** Pruned models one experiment scores: each is a full pass over the evaluation cards. */
    static final int MAX_PRUNED_MODELS = 6;

    static final double MIN_SPARSITY = 0.1;
    static final double MAX_SPARSITY = 0.9;
    static final double TWO_FOUR = 0.5;

    private final SpecRules rules;

    TransformerRules(SpecRules rules) {
        this.rules = rules;
    }

    ExperimentSpec.Transformer check(ExperimentRequest s) {
        rules.range("rows", s.rows(), MIN_CARDS, MAX_CARDS);
        Granularity granularity = rules.choice("granularity", s.granularity(), Granularity.class);
        Compare compare = rules.oneOf(
                "compare",
                s.compare(),
                Choice.parse(Compare.class, s.compare()).filter(TransformerRules::comparable),
                List.of(Compare.NONE.id(), Compare.CRITERION.id(), Compare.CRITERION_AND_GRANULARITY.id()));
        TransformerCriterion criterion = null;
        if (granularity != null) {
            criterion = rules.oneOf(
                    "criterion",
                    s.criterion(),
                    Choice.parse(TransformerCriterion.class, s.criterion()).filter(c -> c.allows(granularity)),
                    TransformerCriterion.ids(granularity));
        }
        if (compare == Compare.CRITERION_AND_GRANULARITY && granularity == Granularity.NEURONS) {
            rules.fail(
                    "compare",
                    "criterion-and-granularity compares unstructured with 2:4: use granularity unstructured");
        }
        checkSparsities(s.sparsities(), granularity, compare);
        if (rules.hasErrors()) {
            return null;
        }
        return new ExperimentSpec.Transformer(
                s.preset(),
                s.rows(),
                criterion,
                granularity,
                s.sparsities().stream().distinct().sorted().toList(),
                compare,
                s.seed());
    }

    private void checkSparsities(List<Double> sparsities, Granularity granularity, Compare compare) {
        if (granularity == null || compare == null) {
            return;
        }
        boolean onlyHalf = granularity == Granularity.N_OF_M || compare == Compare.CRITERION_AND_GRANULARITY;
        if (onlyHalf) {
            if (sparsities == null
                    || !List.of(TWO_FOUR).equals(sparsities.stream().distinct().toList())) {
                fail(
                        "sparsities",
                        "must be [0.5] with the 2:4 pattern (2 of every 4 weights removed), got " + sparsities);
            }
            return;
        }
        int perSparsity = compare == Compare.CRITERION
                ? TransformerCriterion.compared(granularity).size()
                : 1;
        int most = MAX_PRUNED_MODELS / perSparsity;
        if (sparsities == null || sparsities.isEmpty() || sparsities.size() > most) {
            fail(
                    "sparsities",
                    "must list 1 to " + most + " sparsities for model minilm"
                            + (perSparsity > 1 ? " when comparing " + perSparsity + " criteria" : ""));
            return;
        }
        for (int i = 0; i < sparsities.size(); i++) {
            rules.range("sparsities[" + i + "]", sparsities.get(i), MIN_SPARSITY, MAX_SPARSITY, false);
        }
    }

    private void fail(String field, String message) {
        rules.fail(field, message);
    }

    private static boolean comparable(Compare compare) {
        return compare == Compare.NONE || compare == Compare.CRITERION || compare == Compare.CRITERION_AND_GRANULARITY;
    }
}
