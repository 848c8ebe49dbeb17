package dev.prunelab.lab.spec;

import static dev.prunelab.lab.spec.TestPresets.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.web.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transformer experiment's checks: every bad field named with what it allows. */
class TransformerRulesTest {

    private static final String ONE_SHOT = "{\"model\": \"minilm\", \"criterion\": \"wanda\", \"rows\": 40";

    static List<FieldError> check(String request) {
        return resolve(request).errors();
    }

    @Test
    void presetsResolveToTheTransformerVariant() {
        ExperimentSpec.Transformer oneShot = (ExperimentSpec.Transformer)
                resolve(ExperimentRequest.ofPreset("transformer-one-shot")).orThrow();
        assertThat(oneShot.compare()).isEqualTo(Compare.CRITERION_AND_GRANULARITY);
        assertThat(oneShot.sparsities()).containsExactly(0.5);
        assertThat(oneShot.rows()).isEqualTo(Presets.TRANSFORMER_CARDS);
        ExperimentSpec.Transformer structured = (ExperimentSpec.Transformer)
                resolve(ExperimentRequest.ofPreset("transformer-structured")).orThrow();
        assertThat(structured.structured()).isTrue();
        assertThat(structured.criterion()).isEqualTo(TransformerCriterion.ACTIVATION);
        assertThat(structured.sparsities()).containsExactly(0.25, 0.5);
    }

    @Test
    void fieldsOfOtherModelsAreIgnored() {
        assertThat(check(ONE_SHOT + ", \"dataset\": \"nope\", \"epochs\": 0, \"hidden\": [0], \"schedule\": \"x\"}"))
                .isEmpty();
        assertThat(resolve(ONE_SHOT + "}").uses("epochs")).isFalse();
        assertThat(resolve(ONE_SHOT + "}").uses("sparsities")).isTrue();
    }

    @Test
    void aCriterionMustSuitThePattern() {
        assertThat(check(ONE_SHOT.replace("wanda", "activation") + "}"))
                .containsExactly(new FieldError(
                        "criterion", "must be one of magnitude, magnitude-global, wanda, sparsegpt, got 'activation'"));
        assertThat(check(ONE_SHOT + ", \"granularity\": \"neurons\"}"))
                .containsExactly(new FieldError("criterion", "must be one of magnitude, activation, got 'wanda'"));
        assertThat(check(ONE_SHOT.replace("wanda", "magnitude-global")
                        + ", \"granularity\": \"n:m\", \"sparsities\": [0.5]}"))
                .containsExactly(new FieldError(
                        "criterion", "must be one of magnitude, wanda, sparsegpt, got 'magnitude-global'"));
        assertThat(check(ONE_SHOT + ", \"granularity\": \"rows\"}"))
                .containsExactly(
                        new FieldError("granularity", "must be one of unstructured, neurons, n:m, got 'rows'"));
    }

    @Test
    void twoFourRemovesExactlyHalf() {
        assertThat(check(ONE_SHOT + ", \"granularity\": \"n:m\", \"sparsities\": [0.6]}"))
                .containsExactly(new FieldError(
                        "sparsities", "must be [0.5] with the 2:4 pattern (2 of every 4 weights removed), got [0.6]"));
        assertThat(check(ONE_SHOT + ", \"compare\": \"criterion-and-granularity\", \"sparsities\": [0.5, 0.7]}"))
                .extracting(FieldError::field)
                .containsExactly("sparsities");
        assertThat(check(ONE_SHOT + ", \"compare\": \"criterion-and-granularity\", \"granularity\": \"neurons\","
                        + " \"criterion\": \"activation\", \"sparsities\": [0.5]}"))
                .containsExactly(new FieldError(
                        "compare",
                        "criterion-and-granularity compares unstructured with 2:4: use granularity unstructured"));
    }

    @Test
    void oneRunPrunesAtMostSixModels() {
        assertThat(check(ONE_SHOT + ", \"compare\": \"criterion\", \"sparsities\": [0.3, 0.5, 0.7]}"))
                .containsExactly(new FieldError(
                        "sparsities", "must list 1 to 2 sparsities for model minilm when comparing 3 criteria"));
        assertThat(check(ONE_SHOT + ", \"sparsities\": [0.05, 0.95]}"))
                .containsExactly(
                        new FieldError("sparsities[0]", "must be in [0.1, 0.9], got 0.05"),
                        new FieldError("sparsities[1]", "must be in [0.1, 0.9], got 0.95"));
        assertThat(check(ONE_SHOT.replace("40", "5") + "}"))
                .containsExactly(new FieldError("rows", "must be in [10, 200], got 5"));
    }

    @Test
    void compareAllowsOnlyWhatATransformerCompares() {
        assertThat(check(ONE_SHOT + ", \"compare\": \"schedule\"}"))
                .containsExactly(new FieldError(
                        "compare", "must be one of none, criterion, criterion-and-granularity, got 'schedule'"));
        assertThat(check("{\"compare\": \"criterion-and-granularity\"}"))
                .containsExactly(new FieldError(
                        "compare", "criterion-and-granularity compares the transformer's methods: use model minilm"));
    }
}
