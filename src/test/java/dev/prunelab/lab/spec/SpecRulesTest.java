package dev.prunelab.lab.spec;

import static dev.prunelab.lab.spec.TestPresets.PRESETS;
import static dev.prunelab.lab.spec.TestPresets.resolve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prunelab.engine.data.DataSet;
import dev.prunelab.web.FieldError;
import dev.prunelab.web.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecRulesTest {

    static List<FieldError> check(String request) {
        return resolve(request).errors();
    }

    @Test
    void everyPresetIsValidAndTheDefaultIsToo() {
        PRESETS.ids()
                .forEach(
                        id -> assertThat(resolve(ExperimentRequest.ofPreset(id)).errors())
                                .as(id)
                                .isEmpty());
        assertThat(resolve(ExperimentRequest.empty()).errors()).isEmpty();
        assertThat(resolve(Presets.CUSTOM).orThrow()).isInstanceOf(ExperimentSpec.Mlp.class);
    }

    @Test
    void aRequestResolvesToTheTypedVariantOfItsModel() {
        ExperimentSpec.Network lottery = (ExperimentSpec.Network)
                resolve(ExperimentRequest.ofPreset("lottery-ticket")).orThrow();
        assertThat(lottery).isInstanceOf(ExperimentSpec.Mlp.class);
        assertThat(lottery.dataset()).isEqualTo(DataSet.MNIST10K);
        assertThat(lottery.sweep().schedule()).isEqualTo(Schedule.LOTTERY);
        assertThat(lottery.sweep().scope())
                .as("the lottery ticket always ranks globally")
                .isNull();
        assertThat(lottery.sweep().rounds()).isEqualTo(3);

        ExperimentSpec.Tree tree = (ExperimentSpec.Tree)
                resolve(ExperimentRequest.ofPreset("tree-ccp")).orThrow();
        assertThat(tree.criterion()).isEqualTo(SplitCriterion.GINI);
        assertThat(tree.folds()).isEqualTo(5);

        assertThat(resolve(
                                "{\"model\": \"cnn\", \"granularity\": \"n:m\", \"scope\": \"layer\", \"sparsities\": [0.5]}")
                        .orThrow())
                .isInstanceOfSatisfying(
                        ExperimentSpec.Cnn.class,
                        cnn -> assertThat(cnn.sweep().granularity()).isEqualTo(Granularity.N_OF_M));
    }

    @Test
    void combinationsThatCannotRunSayWhy() {
        assertThat(check("{\"model\": \"cnn\"}")).isEmpty();
        assertThat(resolve("{\"dataset\": \"wine\"}").merged().rows()).isEqualTo(178);
        assertThat(check("{\"dataset\": \"wine\", \"model\": \"cnn\"}"))
                .containsExactly(new FieldError("model", "cnn needs an image data set (digits or mnist10k)"));
        assertThat(check("{\"granularity\": \"neurons\", \"scope\": \"global\"}"))
                .containsExactly(new FieldError(
                        "scope", "global ranks single weights: use scope layer with granularity neurons"));
        assertThat(check("{\"granularity\": \"neurons\", \"scope\": \"layer\", \"schedule\": \"gradual\"}"))
                .containsExactly(
                        new FieldError("schedule", "gradual prunes single weights: use granularity unstructured"));
        assertThat(check("{\"schedule\": \"iterative\", \"criterion\": \"snip\"}"))
                .containsExactly(
                        new FieldError("criterion", "SNIP prunes once, at initialisation: use schedule one-shot"));
        assertThat(check("{\"compare\": \"granularity\"}").get(0).field()).isEqualTo("compare");
        assertThat(check("{\"dataset\": \"mnist10k\", \"model\": \"tree\", \"criterion\": \"gini\"}"))
                .containsExactly(new FieldError(
                        "model", "tree is available for digits, breast_cancer, wine, iris, moons and spirals"));
    }

    @Test
    void budgetsAndRangesNameTheAllowedValues() {
        String big = """
                {"dataset": "digits", "hidden": [600], "schedule": "iterative", "rounds": 11,
                 "sparsities": [0.5, 0.995], "epochs": 31, "fineTuneEpochs": -1, "rows": 5000, "seed": -3}""";
        assertThat(check(big))
                .containsExactlyInAnyOrder(
                        new FieldError("hidden[0]", "must be in [1, 512], got 600"),
                        new FieldError("rounds", "must be in [1, 10], got 11"),
                        new FieldError("sparsities[1]", "must be in [0.05, 0.99], got 0.995"),
                        new FieldError("epochs", "must be in [1, 30], got 31"),
                        new FieldError("fineTuneEpochs", "must be in [0, 30], got -1"),
                        new FieldError("rows", "must be in [50, 1797], got 5000"),
                        new FieldError("seed", "must be in [0, 2147483647], got -3"));
        assertThat(check("{\"preset\": \"no-such-preset\", \"scope\": \"everywhere\"}"))
                .containsExactly(
                        new FieldError("preset", "must be one of " + String.join(", ", PRESETS.ids())),
                        new FieldError("scope", "must be one of global, layer, got 'everywhere'"));
        assertThatThrownBy(() -> resolve("{\"epochs\": 0}").orThrow())
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.messageFor("epochs")).contains("must be in [1, 30], got 0"));
    }

    @Test
    void fieldsTheModelOrScheduleDoesNotUseAreNeitherCheckedNorKept() {
        String tree = """
                {"dataset": "iris", "model": "tree", "hidden": [100000], "granularity": "bogus",
                 "scope": "everywhere", "schedule": "bogus", "rounds": 99, "sparsities": [5.0], "epochs": 1000,
                 "fineTuneEpochs": -1, "compare": "bogus"}""";
        assertThat(check(tree)).isEmpty();
        assertThat(resolve(tree).orThrow())
                .isEqualTo(new ExperimentSpec.Tree(null, DataSet.IRIS, 150, SplitCriterion.GINI, 5, 0));

        String oneShot =
                "{\"model\": \"cnn\", \"hidden\": [0], \"schedule\": \"one-shot\", \"rounds\": 99, \"folds\": 99}";
        assertThat(check(oneShot)).isEmpty();
        assertThat(((ExperimentSpec.Network) resolve(oneShot).orThrow()).sweep().rounds())
                .isNull();
        String lottery = "{\"granularity\": \"unstructured\", \"scope\": \"everywhere\", \"schedule\": \"lottery\"}";
        assertThat(check(lottery)).isEmpty();
        assertThat(resolve(lottery).orThrow().toRequest().scope()).isNull();

        // ...but they count once the schedule uses them
        assertThat(check("{\"schedule\": \"iterative\", \"rounds\": 99}"))
                .containsExactly(new FieldError("rounds", "must be in [1, 10], got 99"));
        assertThat(check("{\"schedule\": \"one-shot\", \"rounds\": 99, \"compare\": \"schedule\"}"))
                .containsExactly(new FieldError("rounds", "must be in [1, 10], got 99"));
        assertThat(resolve(tree).uses("hidden")).isFalse();
        assertThat(resolve(oneShot).uses("rounds")).isFalse();
    }

    @Test
    void changingTheKindOfModelTakesThatKindsCriterionAndSettings() {
        assertThat(resolve("{\"dataset\": \"wine\", \"model\": \"tree\"}").orThrow())
                .isInstanceOfSatisfying(
                        ExperimentSpec.Tree.class,
                        t -> assertThat(t.criterion()).isEqualTo(SplitCriterion.GINI));
        ExperimentSpec.Mlp fromTreePreset = (ExperimentSpec.Mlp)
                resolve("{\"preset\": \"tree-ccp\", \"model\": \"mlp\"}").orThrow();
        assertThat(fromTreePreset.sweep().criterion()).isEqualTo(PruneCriterion.MAGNITUDE);
        assertThat(fromTreePreset.hidden()).isEqualTo(Presets.CUSTOM.hidden());
        assertThat(check("{\"model\": \"tree\", \"criterion\": \"magnitude\"}"))
                .containsExactly(new FieldError("criterion", "must be one of gini, entropy, got 'magnitude'"));
    }

    @Test
    void requestsForTheSameExperimentResolveToEqualSpecs() {
        ExperimentSpec a = resolve(Presets.CUSTOM.withSeed(4)).orThrow();
        ExperimentSpec b = resolve("{\"sparsities\": [0.98, 0.5, 0.7, 0.8, 0.9, 0.95, 0.5], \"folds\": 9, \"seed\": 4}")
                .orThrow();
        assertThat(b).isEqualTo(a);
        assertThat(resolve(a.toRequest()).orThrow())
                .as("a canonical request resolves to itself")
                .isEqualTo(a);
    }
}
