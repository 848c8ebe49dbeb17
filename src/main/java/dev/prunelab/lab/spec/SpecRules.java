package dev.prunelab.lab.spec;

import dev.prunelab.web.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place an experiment spec is checked: every problem names its field ({@code sparsities[2]},
 * {@code epochs}) and says what is allowed, including the lab's budgets. Fields the spec's model and schedule do not
 * {@link ExperimentSpec#uses use} are not checked: they are ignored. Used by the API (through Bean Validation,
 * {@link ValidSpec}) and by the builder form.
 */
public final class SpecRules {

    /** Data sets and their row counts (the generated 2-D sets have no fixed size). */
    static final Map<String, Integer> DATASET_ROWS = Map.of(
            "digits",
            1797,
            "mnist10k",
            10000,
            "breast_cancer",
            569,
            "wine",
            178,
            "iris",
            150,
            "moons",
            Integer.MAX_VALUE,
            "spirals",
            Integer.MAX_VALUE);

    public static final List<String> DATASETS =
            List.of("digits", "mnist10k", "breast_cancer", "wine", "iris", "moons", "spirals");
    public static final List<String> MODELS = List.of("mlp", "cnn", "tree");
    public static final List<String> CRITERIA = List.of("magnitude", "random", "snip", "taylor");
    public static final List<String> TREE_CRITERIA = List.of("gini", "entropy");
    public static final List<String> GRANULARITIES = List.of("unstructured", "neurons", "n:m");
    public static final List<String> SCOPES = List.of("global", "layer");
    public static final List<String> SCHEDULES = List.of("one-shot", "iterative", "gradual", "lottery");
    public static final List<String> COMPARISONS = List.of("none", "scope", "schedule", "granularity", "criterion");
    static final Set<String> IMAGES = Set.of("digits", "mnist10k");
    static final Set<Double> N_OF_4 = Set.of(0.25, 0.5, 0.75);
    static final int MIN_ROWS = 50;
    static final int MAX_LAYERS = 4;
    static final int MAX_SPARSITIES = 8;
    static final int MAX_ROUNDS = 10;
    static final double MIN_SPARSITY = 0.05;
    static final double MAX_SPARSITY = 0.99;

    /** How many rows an experiment on the data set uses unless told: all, but 3000 of MNIST and 300 generated points. */
    public static Integer defaultRows(String dataset) {
        Integer rows = DATASET_ROWS.get(dataset);
        return rows == null ? null : dataset.equals("mnist10k") ? 3000 : rows == Integer.MAX_VALUE ? 300 : rows;
    }

    /** The lab's size limits (from configuration). */
    public record Budget(int maxEpochs, int maxHiddenUnits, int maxRows) {}

    private final Budget budget;
    private final List<FieldError> errors = new ArrayList<>();

    private SpecRules(Budget budget) {
        this.budget = budget;
    }

    /** Every problem of a merged spec; empty when it may run. */
    public static List<FieldError> check(ExperimentSpec spec, Budget budget) {
        SpecRules rules = new SpecRules(budget);
        rules.checkAll(spec);
        return List.copyOf(rules.errors);
    }

    private void checkAll(ExperimentSpec s) {
        if (s.preset() != null && Presets.spec(s.preset()).isEmpty()) {
            fail("preset", "must be one of " + String.join(", ", Presets.IDS));
        }
        boolean datasetOk = oneOf("dataset", s.dataset(), DATASETS);
        boolean modelOk = oneOf("model", s.model(), MODELS);
        range("seed", s.seed() == null ? null : s.seed().doubleValue(), 0, Integer.MAX_VALUE, true);
        if (datasetOk) {
            range("rows", s.rows(), MIN_ROWS, Math.min(budget.maxRows(), DATASET_ROWS.get(s.dataset())));
        }
        if (!datasetOk || !modelOk) {
            return;
        }
        if (s.model().equals("cnn") && !IMAGES.contains(s.dataset())) {
            fail("model", "cnn needs an image data set (digits or mnist10k)");
        } else if (s.isTree()) {
            if (s.dataset().equals("mnist10k")) {
                fail("model", "tree is available for digits, breast_cancer, wine, iris, moons and spirals");
            }
            oneOf("criterion", s.criterion(), TREE_CRITERIA);
            range("folds", s.folds(), 2, 10);
        } else {
            checkNetwork(s);
        }
    }

    private void checkNetwork(ExperimentSpec s) {
        if (s.model().equals("mlp")) {
            checkHidden(s.hidden());
        }
        boolean granularityOk = oneOf("granularity", s.granularity(), GRANULARITIES);
        boolean scheduleOk = oneOf("schedule", s.schedule(), SCHEDULES);
        boolean criterionOk = oneOf("criterion", s.criterion(), CRITERIA);
        boolean unstructured = "unstructured".equals(s.granularity());
        if (s.uses("scope")
                && oneOf("scope", s.scope(), SCOPES)
                && granularityOk
                && s.scope().equals("global")
                && !unstructured) {
            fail("scope", "global ranks single weights: use scope layer with granularity " + s.granularity());
        }
        if (s.uses("rounds")) {
            range("rounds", s.rounds(), 1, MAX_ROUNDS);
        }
        range("epochs", s.epochs(), 1, budget.maxEpochs());
        range("fineTuneEpochs", s.fineTuneEpochs(), 0, budget.maxEpochs());
        checkSparsities(s.sparsities(), s.granularity());
        if (scheduleOk && granularityOk && criterionOk) {
            checkCombination(s, unstructured);
        }
        if (oneOf("compare", s.compare(), COMPARISONS) && granularityOk && scheduleOk && criterionOk) {
            checkComparison(s, unstructured);
        }
    }

    private void checkHidden(List<Integer> hidden) {
        if (hidden == null || hidden.isEmpty() || hidden.size() > MAX_LAYERS) {
            fail("hidden", "must list 1 to " + MAX_LAYERS + " hidden layer widths");
            return;
        }
        for (int i = 0; i < hidden.size(); i++) {
            range("hidden[" + i + "]", hidden.get(i), 1, budget.maxHiddenUnits());
        }
    }

    private void checkSparsities(List<Double> sparsities, String granularity) {
        if (sparsities == null || sparsities.isEmpty() || sparsities.size() > MAX_SPARSITIES) {
            fail("sparsities", "must list 1 to " + MAX_SPARSITIES + " target sparsities");
            return;
        }
        for (int i = 0; i < sparsities.size(); i++) {
            Double value = sparsities.get(i);
            if ("n:m".equals(granularity) && value != null && !N_OF_4.contains(value)) {
                fail(
                        "sparsities[" + i + "]",
                        "must be 0.25, 0.5 or 0.75 with granularity n:m (3, 2 or 1 of every 4 kept), got " + value);
            } else {
                range("sparsities[" + i + "]", value, MIN_SPARSITY, MAX_SPARSITY, false);
            }
        }
    }

    private void checkCombination(ExperimentSpec s, boolean unstructured) {
        if ((s.schedule().equals("gradual") || s.schedule().equals("lottery")) && !unstructured) {
            fail("schedule", s.schedule() + " prunes single weights: use granularity unstructured");
        } else if (s.granularity().equals("n:m") && !s.schedule().equals("one-shot")) {
            fail("schedule", "n:m is a fixed pattern applied once: use schedule one-shot");
        }
        if (s.schedule().equals("lottery") && !s.criterion().equals("magnitude")) {
            fail("criterion", "the lottery ticket procedure prunes by magnitude: use criterion magnitude");
        } else if (s.criterion().equals("snip") && !s.schedule().equals("one-shot")) {
            fail("criterion", "SNIP prunes once, at initialisation: use schedule one-shot");
        }
    }

    private void checkComparison(ExperimentSpec s, boolean unstructured) {
        String problem = switch (s.compare()) {
            case "scope", "schedule" ->
                unstructured && !s.criterion().equals("snip") && !s.schedule().equals("lottery")
                        ? null
                        : "comparing " + s.compare()
                                + "s needs granularity unstructured, a criterion other than snip and no lottery schedule";
            case "granularity" ->
                unstructured || s.schedule().equals("lottery")
                        ? "comparing granularities sets " + s.granularity()
                                + " against unstructured: choose neurons or n:m"
                        : null;
            case "criterion" ->
                s.schedule().equals("lottery") ? "the lottery schedule always prunes by magnitude" : null;
            default -> null;
        };
        if (problem != null) {
            fail("compare", problem);
        }
    }

    private boolean oneOf(String field, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            fail(
                    field,
                    "must be one of " + String.join(", ", allowed) + (value == null ? "" : ", got '" + value + "'"));
            return false;
        }
        return true;
    }

    private void range(String field, Integer value, int min, int max) {
        range(field, value == null ? null : value.doubleValue(), min, max, true);
    }

    private void range(String field, Double value, double min, double max, boolean whole) {
        String allowed = whole ? "[" + (long) min + ", " + (long) max + "]" : "[" + min + ", " + max + "]";
        if (value == null || value.isNaN() || value < min || value > max) {
            fail(
                    field,
                    "must be in " + allowed
                            + (value == null ? "" : ", got " + (whole ? String.valueOf(value.longValue()) : value)));
        }
    }

    private void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
