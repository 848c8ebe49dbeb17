package dev.prunelab.lab.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.web.Problem.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecRulesTest {

    static final SpecRules.Budget BUDGET = new SpecRules.Budget(30, 512, 10000);

    static List<FieldError> check(ExperimentSpec request) {
        return SpecRules.check(Presets.merge(request), BUDGET);
    }

    static ExperimentSpec with(
            String dataset,
            String model,
            String granularity,
            String scope,
            String schedule,
            String criterion,
            String compare) {
        return new ExperimentSpec(
                null,
                dataset,
                model,
                null,
                criterion,
                granularity,
                scope,
                schedule,
                null,
                null,
                null,
                null,
                null,
                null,
                compare,
                null);
    }

    @Test
    void everyPresetIsValidAndTheDefaultIsToo() {
        Presets.IDS.forEach(id -> assertThat(SpecRules.check(Presets.spec(id).orElseThrow(), BUDGET))
                .as(id)
                .isEmpty());
        assertThat(SpecRules.check(Presets.CUSTOM, BUDGET)).isEmpty();
    }

    @Test
    void presetIdsAreTheOnesTheContentLinksTo() {
        assertThat(Presets.IDS)
                .containsExactly(
                        "magnitude-vs-random",
                        "global-vs-layerwise",
                        "schedules",
                        "lottery-ticket",
                        "structured-neurons",
                        "n-m-sparsity",
                        "snip-vs-magnitude",
                        "per-class-damage",
                        "tree-ccp",
                        "decision-boundary");
    }

    @Test
    void combinationsThatCannotRunSayWhy() {
        assertThat(check(with(null, "cnn", null, null, null, null, null))).isEmpty();
        assertThat(Presets.merge(with("wine", null, null, null, null, null, null))
                        .rows())
                .isEqualTo(178);
        assertThat(check(with("wine", "cnn", null, null, null, null, null)))
                .containsExactly(new FieldError("model", "cnn needs an image data set (digits or mnist10k)"));
        assertThat(check(with(null, null, "neurons", "global", null, null, null)))
                .containsExactly(new FieldError(
                        "scope", "global ranks single weights: use scope layer with granularity neurons"));
        assertThat(check(with(null, null, "neurons", "layer", "gradual", null, null)))
                .containsExactly(
                        new FieldError("schedule", "gradual prunes single weights: use granularity unstructured"));
        assertThat(check(with(null, null, null, null, "iterative", "snip", null)))
                .containsExactly(
                        new FieldError("criterion", "SNIP prunes once, at initialisation: use schedule one-shot"));
        assertThat(check(with(null, null, null, null, null, null, "granularity"))
                        .get(0)
                        .field())
                .isEqualTo("compare");
        assertThat(check(with("mnist10k", "tree", null, null, null, "gini", null))
                        .get(0)
                        .field())
                .isEqualTo("model");
    }

    @Test
    void budgetsAndRangesNameTheAllowedValues() {
        ExperimentSpec big = new ExperimentSpec(
                null,
                "digits",
                null,
                List.of(600),
                null,
                null,
                null,
                "iterative",
                11,
                List.of(0.5, 0.995),
                31,
                -1,
                5000,
                null,
                null,
                -3L);
        assertThat(check(big))
                .containsExactlyInAnyOrder(
                        new FieldError("hidden[0]", "must be in [1, 512], got 600"),
                        new FieldError("rounds", "must be in [1, 10], got 11"),
                        new FieldError("sparsities[1]", "must be in [0.05, 0.99], got 0.995"),
                        new FieldError("epochs", "must be in [1, 30], got 31"),
                        new FieldError("fineTuneEpochs", "must be in [0, 30], got -1"),
                        new FieldError("rows", "must be in [50, 1797], got 5000"),
                        new FieldError("seed", "must be in [0, 2147483647], got -3"));
    }

    @Test
    void fieldsTheModelOrScheduleDoesNotUseAreNeitherCheckedNorKept() {
        ExperimentSpec tree = new ExperimentSpec(
                null,
                "iris",
                "tree",
                List.of(100000),
                null,
                "bogus",
                "everywhere",
                "bogus",
                99,
                List.of(5.0),
                1000,
                -1,
                null,
                null,
                "bogus",
                null);
        assertThat(check(tree)).isEmpty();
        assertThat(Presets.merge(tree).normalized())
                .isEqualTo(new ExperimentSpec(
                        null, "iris", "tree", null, "gini", null, null, null, null, null, null, null, 150, 5, null,
                        0L));

        ExperimentSpec oneShot = new ExperimentSpec(
                null,
                null,
                "cnn",
                List.of(0),
                null,
                null,
                null,
                "one-shot",
                99,
                null,
                null,
                null,
                null,
                99,
                null,
                null);
        assertThat(check(oneShot)).isEmpty();
        assertThat(Presets.merge(oneShot).normalized())
                .extracting(ExperimentSpec::hidden, ExperimentSpec::rounds, ExperimentSpec::folds)
                .containsOnlyNulls();
        ExperimentSpec lottery = with(null, null, "unstructured", "everywhere", "lottery", null, null);
        assertThat(check(lottery)).isEmpty();
        assertThat(Presets.merge(lottery).normalized().scope()).isNull();

        // ...but they count once the schedule uses them
        ExperimentSpec iterative = new ExperimentSpec(
                null, null, null, null, null, null, null, "iterative", 99, null, null, null, null, null, null, null);
        assertThat(check(iterative)).containsExactly(new FieldError("rounds", "must be in [1, 10], got 99"));
        ExperimentSpec comparingSchedules = new ExperimentSpec(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "one-shot",
                99,
                null,
                null,
                null,
                null,
                null,
                "schedule",
                null);
        assertThat(check(comparingSchedules)).containsExactly(new FieldError("rounds", "must be in [1, 10], got 99"));
    }

    @Test
    void changingTheKindOfModelTakesThatKindsCriterionAndSettings() {
        ExperimentSpec tree = Presets.merge(with("wine", "tree", null, null, null, null, null));
        assertThat(tree.criterion()).isEqualTo("gini");
        assertThat(SpecRules.check(tree, BUDGET)).isEmpty();
        ExperimentSpec fromTreePreset = Presets.merge(new ExperimentSpec(
                "tree-ccp", null, "mlp", null, null, null, null, null, null, null, null, null, null, null, null, null));
        assertThat(fromTreePreset.criterion()).isEqualTo("magnitude");
        assertThat(fromTreePreset.hidden()).isEqualTo(Presets.CUSTOM.hidden());
        assertThat(SpecRules.check(fromTreePreset, BUDGET)).isEmpty();
        assertThat(check(with(null, "tree", null, null, null, "magnitude", null)))
                .containsExactly(new FieldError("criterion", "must be one of gini, entropy, got 'magnitude'"));
    }

    @Test
    void normalizedSpecsOfTheSameExperimentAreEqual() {
        ExperimentSpec a = Presets.CUSTOM.withSeed(4);
        ExperimentSpec b = new ExperimentSpec(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(0.98, 0.5, 0.7, 0.8, 0.9, 0.95, 0.5),
                        null,
                        null,
                        null,
                        9,
                        null,
                        4L)
                .over(Presets.CUSTOM);
        assertThat(b.normalized()).isEqualTo(a.normalized());
        assertThat(Presets.spec("tree-ccp").orElseThrow().normalized().hidden()).isNull();
    }
}
