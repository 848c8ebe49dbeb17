package dev.prunelab.lab.spec;

import dev.prunelab.engine.data.DataSet;
import dev.prunelab.web.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The one place a merged request is checked and typed: every problem names its field ({@code sparsities[2]},
 * {@code epochs}) and says what is allowed, including the lab's budgets. Fields the request's model and schedule do
 * not {@link #uses use} are neither checked nor kept: they are ignored.
 */
public final class SpecRules {

    static final Set<Double> N_OF_4 = Set.of(0.25, 0.5, 0.75);
    static final int MIN_ROWS = 50;
    static final int MAX_LAYERS = 4;
    static final int MAX_SPARSITIES = 8;
    static final int MAX_ROUNDS = 10;
    static final double MIN_SPARSITY = 0.05;
    static final double MAX_SPARSITY = 0.99;

    /** The lab's size limits (from configuration). */
    public record Budget(int maxEpochs, int maxHiddenUnits, int maxRows) {
        /** No limit but the data sets' sizes: for experiments checked when they were submitted. */
        public static final Budget UNLIMITED = new Budget(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    private final Budget budget;
    private final List<FieldError> errors = new ArrayList<>();

    private SpecRules(Budget budget) {
        this.budget = budget;
    }

    /**
     * Whether the request's model and schedule use the field (named as in JSON). A tree uses only the data set, rows,
     * model, criterion (gini or entropy), folds and seed; networks use everything else but folds, an MLP also its
     * hidden sizes; rounds count only when some compared schedule is not one-shot, and scope not for the lottery
     * ticket (which always ranks weights globally).
     */
    static boolean uses(ExperimentRequest s, String field) {
        boolean tree = parse(Model.class, s.model()) == Model.TREE;
        Schedule schedule = parse(Schedule.class, s.schedule());
        return switch (field) {
            case "preset", "dataset", "rows", "model", "criterion", "seed" -> true;
            case "folds" -> tree;
            case "hidden" -> parse(Model.class, s.model()) == Model.MLP;
            case "rounds" ->
                !tree && (schedule != Schedule.ONE_SHOT || parse(Compare.class, s.compare()) == Compare.SCHEDULE);
            case "scope" -> !tree && schedule != Schedule.LOTTERY;
            default -> !tree;
        };
    }

    /** Checks a merged request: the typed spec, or every problem. */
    static SpecResolver.Resolution check(ExperimentRequest merged, Presets presets, Budget budget) {
        SpecRules rules = new SpecRules(budget);
        ExperimentSpec spec = rules.checkAll(merged, presets);
        return rules.errors.isEmpty()
                ? new SpecResolver.Resolution(merged, Optional.of(spec), List.of())
                : new SpecResolver.Resolution(merged, Optional.empty(), List.copyOf(rules.errors));
    }

    private ExperimentSpec checkAll(ExperimentRequest s, Presets presets) {
        if (s.preset() != null && presets.request(s.preset()).isEmpty()) {
            fail("preset", "must be one of " + String.join(", ", presets.ids()));
        }
        DataSet dataset = oneOf("dataset", s.dataset(), DataSet.byId(s.dataset()), DataSet.ids());
        Model model = oneOf("model", s.model(), Choice.parse(Model.class, s.model()), Choice.ids(Model.class));
        range("seed", s.seed() == null ? null : s.seed().doubleValue(), 0, Integer.MAX_VALUE, true);
        if (dataset != null) {
            range("rows", s.rows(), MIN_ROWS, Math.min(budget.maxRows(), dataset.rows()));
        }
        if (dataset == null || model == null) {
            return null;
        }
        if (model == Model.CNN && !dataset.isImage()) {
            fail("model", "cnn needs an image data set (" + joined(DataSet::isImage, " or ") + ")");
            return null;
        }
        return model == Model.TREE ? tree(s, dataset) : network(s, dataset, model);
    }

    private ExperimentSpec tree(ExperimentRequest s, DataSet dataset) {
        if (dataset == DataSet.MNIST10K) { // 784 features of 10000 rows: far beyond the time budget
            fail(
                    "model",
                    "tree is available for "
                            + joined(d -> d != DataSet.MNIST10K, ", ").replaceFirst(", ([^,]*)$", " and $1"));
        }
        SplitCriterion criterion = choice("criterion", s.criterion(), SplitCriterion.class);
        range("folds", s.folds(), 2, 10);
        return errors.isEmpty()
                ? new ExperimentSpec.Tree(s.preset(), dataset, s.rows(), criterion, s.folds(), s.seed())
                : null;
    }

    private ExperimentSpec network(ExperimentRequest s, DataSet dataset, Model model) {
        if (model == Model.MLP) {
            checkHidden(s.hidden());
        }
        Granularity granularity = choice("granularity", s.granularity(), Granularity.class);
        Schedule schedule = choice("schedule", s.schedule(), Schedule.class);
        PruneCriterion criterion = choice("criterion", s.criterion(), PruneCriterion.class);
        PruneScope scope = uses(s, "scope") ? choice("scope", s.scope(), PruneScope.class) : null;
        if (scope == PruneScope.GLOBAL && granularity != null && granularity != Granularity.UNSTRUCTURED) {
            fail("scope", "global ranks single weights: use scope layer with granularity " + granularity.id());
        }
        boolean usesRounds = uses(s, "rounds");
        if (usesRounds) {
            range("rounds", s.rounds(), 1, MAX_ROUNDS);
        }
        range("epochs", s.epochs(), 1, budget.maxEpochs());
        range("fineTuneEpochs", s.fineTuneEpochs(), 0, budget.maxEpochs());
        checkSparsities(s.sparsities(), granularity);
        if (schedule != null && granularity != null && criterion != null) {
            checkCombination(schedule, granularity, criterion);
        }
        Compare compare = choice("compare", s.compare(), Compare.class);
        if (compare != null && granularity != null && schedule != null && criterion != null) {
            checkComparison(compare, schedule, granularity, criterion);
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Sweep sweep = new Sweep(
                criterion,
                granularity,
                scope,
                schedule,
                usesRounds ? s.rounds() : null,
                s.sparsities().stream().distinct().sorted().toList(),
                s.epochs(),
                s.fineTuneEpochs(),
                compare);
        return model == Model.MLP
                ? new ExperimentSpec.Mlp(s.preset(), dataset, s.rows(), s.hidden(), sweep, s.seed())
                : new ExperimentSpec.Cnn(s.preset(), dataset, s.rows(), sweep, s.seed());
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

    private void checkSparsities(List<Double> sparsities, Granularity granularity) {
        if (sparsities == null || sparsities.isEmpty() || sparsities.size() > MAX_SPARSITIES) {
            fail("sparsities", "must list 1 to " + MAX_SPARSITIES + " target sparsities");
            return;
        }
        for (int i = 0; i < sparsities.size(); i++) {
            Double value = sparsities.get(i);
            if (granularity == Granularity.N_OF_M && value != null && !N_OF_4.contains(value)) {
                fail(
                        "sparsities[" + i + "]",
                        "must be 0.25, 0.5 or 0.75 with granularity n:m (3, 2 or 1 of every 4 kept), got " + value);
            } else {
                range("sparsities[" + i + "]", value, MIN_SPARSITY, MAX_SPARSITY, false);
            }
        }
    }

    private void checkCombination(Schedule schedule, Granularity granularity, PruneCriterion criterion) {
        if (schedule.singleWeightsOnly() && granularity != Granularity.UNSTRUCTURED) {
            fail("schedule", schedule.id() + " prunes single weights: use granularity unstructured");
        } else if (granularity == Granularity.N_OF_M && schedule != Schedule.ONE_SHOT) {
            fail("schedule", "n:m is a fixed pattern applied once: use schedule one-shot");
        }
        if (schedule == Schedule.LOTTERY && criterion != PruneCriterion.MAGNITUDE) {
            fail("criterion", "the lottery ticket procedure prunes by magnitude: use criterion magnitude");
        } else if (criterion.atInitialisation() && schedule != Schedule.ONE_SHOT) {
            fail("criterion", "SNIP prunes once, at initialisation: use schedule one-shot");
        }
    }

    private void checkComparison(
            Compare compare, Schedule schedule, Granularity granularity, PruneCriterion criterion) {
        boolean unstructured = granularity == Granularity.UNSTRUCTURED;
        boolean lottery = schedule == Schedule.LOTTERY;
        String problem = switch (compare) {
            case SCOPE, SCHEDULE ->
                unstructured && !criterion.atInitialisation() && !lottery
                        ? null
                        : "comparing " + compare.id()
                                + "s needs granularity unstructured, a criterion other than snip and no lottery schedule";
            case GRANULARITY ->
                unstructured || lottery
                        ? "comparing granularities sets " + granularity.id()
                                + " against unstructured: choose neurons or n:m"
                        : null;
            case CRITERION -> lottery ? "the lottery schedule always prunes by magnitude" : null;
            case NONE -> null;
        };
        if (problem != null) {
            fail("compare", problem);
        }
    }

    private <E extends Enum<E> & Choice> E choice(String field, String value, Class<E> type) {
        return oneOf(field, value, Choice.parse(type, value), Choice.ids(type));
    }

    private <T> T oneOf(String field, String value, Optional<T> parsed, List<String> allowed) {
        if (parsed.isEmpty()) {
            fail(
                    field,
                    "must be one of " + String.join(", ", allowed) + (value == null ? "" : ", got '" + value + "'"));
        }
        return parsed.orElse(null);
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

    private static <E extends Enum<E> & Choice> E parse(Class<E> type, String id) {
        return Choice.parse(type, id).orElse(null);
    }

    private static String joined(Predicate<DataSet> which, String separator) {
        return Arrays.stream(DataSet.values()).filter(which).map(DataSet::id).collect(Collectors.joining(separator));
    }
}
