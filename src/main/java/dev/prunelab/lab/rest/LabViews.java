package dev.prunelab.lab.rest;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.LabPreset;
import dev.prunelab.engine.data.DataSet;
import dev.prunelab.lab.spec.Choice;
import dev.prunelab.lab.spec.Compare;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.Granularity;
import dev.prunelab.lab.spec.Model;
import dev.prunelab.lab.spec.PruneCriterion;
import dev.prunelab.lab.spec.PruneScope;
import dev.prunelab.lab.spec.Schedule;
import dev.prunelab.lab.spec.SplitCriterion;
import dev.prunelab.lab.spec.Sweep;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        static <E extends Enum<E> & Choice> List<Option> of(Class<E> type) {
            return Choice.ids(type).stream().map(v -> new Option(v, v, null)).toList();
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
        static final Choices ALL = new Choices(
                Arrays.stream(DataSet.values())
                        .map(d -> new Option(d.id(), d.id(), d.usualRows()))
                        .toList(),
                Arrays.stream(Model.values())
                        .map(m -> new Option(m.id(), m.label(), null))
                        .toList(),
                Option.of(PruneCriterion.class),
                Option.of(SplitCriterion.class),
                Option.of(Granularity.class),
                Option.of(PruneScope.class),
                Option.of(Schedule.class),
                Option.of(Compare.class));
    }

    /** {@code {spec.settings}}: the settings that matter for this kind of model. */
    @TemplateExtension
    static List<Setting> settings(ExperimentSpec spec) {
        List<Setting> settings = new ArrayList<>();
        settings.add(new Setting("Data set", spec.dataset().id() + " (" + spec.rows() + " rows, 80/20 train/test)"));
        if (spec instanceof ExperimentSpec.Tree tree) {
            settings.add(new Setting(
                    "Model",
                    "CART decision tree, split criterion " + tree.criterion().id()));
            settings.add(new Setting("Alpha chosen by", tree.folds() + "-fold cross-validation on the training rows"));
        } else {
            settings.addAll(network((ExperimentSpec.Network) spec));
        }
        settings.add(new Setting("Seed", String.valueOf(spec.seed())));
        return settings;
    }

    private static List<Setting> network(ExperimentSpec.Network spec) {
        Sweep s = spec.sweep();
        List<Setting> settings = new ArrayList<>();
        settings.add(new Setting(
                "Model",
                spec instanceof ExperimentSpec.Mlp mlp
                        ? "MLP with hidden layers " + mlp.hidden()
                        : "LeNet-5 style CNN"));
        settings.add(new Setting(
                "Pruning",
                s.criterion().id() + ", " + s.granularity().id() + ", "
                        + (s.scope() == null ? "" : s.scope().id() + " scope, ")
                        + s.schedule().id()
                        + (s.rounds() == null ? "" : " (" + s.rounds() + " rounds)")));
        settings.add(new Setting("Target sparsities", s.sparsities().toString()));
        boolean lottery = s.schedule() == Schedule.LOTTERY;
        settings.add(new Setting(
                "Training",
                (lottery
                                ? s.epochs()
                                        + " epochs per round (train, prune, rewind to the initial weights); the control "
                                : s.epochs() + " epochs dense, then ")
                        + s.fineTuneEpochs()
                        + " fine-tuning epochs per pruning step (Adam, lr 0.001, batch 32)"));
        List<String> compared = new ArrayList<>();
        if (lottery) {
            compared.add("the same masks with a random re-initialisation");
        }
        if (s.compare() != Compare.NONE) {
            compared.add(s.compare().id() + " side by side");
        }
        if (s.criterion() != PruneCriterion.RANDOM) { // random pruning is its own control
            compared.add("the random-pruning control");
        }
        settings.add(new Setting(
                "Compared",
                compared.isEmpty() ? "nothing: random pruning is the control itself" : String.join("; ", compared)));
        return settings;
    }
}
