package dev.prunelab.lab.rest;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.LabPreset;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.SpecRules;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the lab pages show beside the raw data: preset cards, a spec as readable settings, the form's choices. */
public final class LabViews {

    private LabViews() {}

    /** A preset with the title of the lesson that explains it. */
    public record PresetCard(LabPreset preset, String lessonTitle) {
        static List<PresetCard> all(ContentCatalog catalog) {
            return catalog.presets().stream().map(p -> of(catalog, p)).toList();
        }

        static PresetCard of(ContentCatalog catalog, LabPreset preset) {
            return new PresetCard(
                    preset, catalog.lesson(preset.lesson()).map(l -> l.title()).orElse(preset.lesson()));
        }
    }

    /**
     * A message at the top of the lab page, or in the builder when the builder was submitted (the page opens there).
     *
     * @param signInHelps the anonymous allowance is used up: the message offers to sign in
     */
    public record Notice(String text, boolean inBuilder, boolean signInHelps) {}

    /** One line of a spec as people read it. */
    public record Setting(String label, String value) {}

    /**
     * One option of a builder select: the value sent and the text shown.
     *
     * @param rows a data set's usual row count, which the builder's script puts in Rows when the data set changes
     */
    public record Option(String value, String label, Integer rows) {
        static List<Option> of(List<String> values) {
            return values.stream().map(v -> new Option(v, v, null)).toList();
        }
    }

    /** The options of the builder's selects. */
    public record Choices(
            List<Option> datasets,
            List<Option> models,
            List<Option> criteria,
            List<Option> treeCriteria,
            List<Option> granularities,
            List<Option> scopes,
            List<Option> schedules,
            List<Option> comparisons) {
        static final Map<String, String> MODEL_NAMES =
                Map.of("mlp", "MLP", "cnn", "CNN (LeNet-5 style)", "tree", "decision tree (CART)");
        static final Choices ALL = new Choices(
                SpecRules.DATASETS.stream()
                        .map(d -> new Option(d, d, SpecRules.defaultRows(d)))
                        .toList(),
                SpecRules.MODELS.stream()
                        .map(m -> new Option(m, MODEL_NAMES.get(m), null))
                        .toList(),
                Option.of(SpecRules.CRITERIA),
                Option.of(SpecRules.TREE_CRITERIA),
                Option.of(SpecRules.GRANULARITIES),
                Option.of(SpecRules.SCOPES),
                Option.of(SpecRules.SCHEDULES),
                Option.of(SpecRules.COMPARISONS));
    }

    /** {@code {spec.settings}}: the settings that matter for this kind of model. */
    @TemplateExtension
    static List<Setting> settings(ExperimentSpec spec) {
        List<Setting> settings = new ArrayList<>();
        settings.add(new Setting("Data set", spec.dataset() + " (" + spec.rows() + " rows, 80/20 train/test)"));
        if (spec.isTree()) {
            settings.add(new Setting("Model", "CART decision tree, split criterion " + spec.criterion()));
            settings.add(new Setting("Alpha chosen by", spec.folds() + "-fold cross-validation on the training rows"));
        } else {
            settings.add(new Setting(
                    "Model",
                    spec.model().equals("cnn") ? "LeNet-5 style CNN" : "MLP with hidden layers " + spec.hidden()));
            settings.add(new Setting(
                    "Pruning",
                    spec.criterion() + ", " + spec.granularity() + ", "
                            + (spec.uses("scope") ? spec.scope() + " scope, " : "") + spec.schedule()
                            + (spec.uses("rounds") ? " (" + spec.rounds() + " rounds)" : "")));
            settings.add(new Setting("Target sparsities", spec.sparsities().toString()));
            boolean lottery = spec.schedule().equals("lottery");
            settings.add(new Setting(
                    "Training",
                    (lottery
                                    ? spec.epochs()
                                            + " epochs per round (train, prune, rewind to the initial weights); the control "
                                    : spec.epochs() + " epochs dense, then ")
                            + spec.fineTuneEpochs()
                            + " fine-tuning epochs per pruning step (Adam, lr 0.001, batch 32)"));
            List<String> compared = new ArrayList<>();
            if (lottery) {
                compared.add("the same masks with a random re-initialisation");
            }
            if (!spec.compare().equals("none")) {
                compared.add(spec.compare() + " side by side");
            }
            if (!spec.criterion().equals("random")) { // random pruning is its own control
                compared.add("the random-pruning control");
            }
            settings.add(new Setting(
                    "Compared",
                    compared.isEmpty()
                            ? "nothing: random pruning is the control itself"
                            : String.join("; ", compared)));
        }
        settings.add(new Setting("Seed", String.valueOf(spec.seed())));
        return settings;
    }
}
