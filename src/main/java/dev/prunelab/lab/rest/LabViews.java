package dev.prunelab.lab.rest;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.LabPreset;
import dev.prunelab.content.markdown.FigureBlock;
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
import dev.prunelab.lab.spec.TransformerCriterion;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What the lab pages show beside the raw data: preset cards, a spec as readable settings, the form's choices. */
public final class LabViews {

    private LabViews() {}

    /**
     * A preset with the title of the lesson that explains it and its thumbnail.
     *
     * @param thumbnail the preset's lesson figure as a small SVG without text (drawn by the build), or empty
     */
    public record PresetCard(LabPreset preset, String lessonTitle, String thumbnail) {
        static List<PresetCard> all(ContentCatalog catalog) {
            return catalog.presets().stream().map(p -> of(catalog, p)).toList();
        }

        static PresetCard of(ContentCatalog catalog, LabPreset preset) {
            return new PresetCard(
                    preset,
                    catalog.lesson(preset.lesson()).map(l -> l.title()).orElse(preset.lesson()),
                    THUMBNAILS.computeIfAbsent(
                            preset.figure(),
                            figure -> FigureBlock.Source.classpath()
                                    .svg("thumb-" + figure)
                                    .orElse("")));
        }
    }

    /** The thumbnails by figure id, read once: they are part of the build. */
    private static final Map<String, String> THUMBNAILS = new ConcurrentHashMap<>();

    /**
     * A learner's prediction beside the outcome.
     *
     * @param predicted the answer the learner picked, or null when they ran the preset without predicting
     * @param expected  the answer the preset shows at its own settings and seed
     */
    public record PredictionView(String question, String predicted, String expected) {
        static Optional<PredictionView> of(Optional<PresetCard> card, Integer prediction) {
            return card.map(c -> c.preset().prediction())
                    .map(p -> new PredictionView(
                            p.question(),
                            prediction == null ? null : p.choice(prediction).orElse(null),
                            p.expectedChoice()));
        }

        public boolean matched() {
            return expected.equals(predicted);
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
            List<Option> comparisons,
            List<Option> transformerCriteria,
            List<Option> transformerPatterns) {
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
                Option.of(Compare.class),
                Option.of(TransformerCriterion.class),
                List.of(
                        new Option(Granularity.UNSTRUCTURED.id(), "unstructured (single weights)", null),
                        new Option(Granularity.N_OF_M.id(), "2:4 (2 of every 4 weights removed)", null),
                        new Option(Granularity.NEURONS.id(), "attention heads and FFN neurons (removed)", null)));
    }

    /**
     * {@code {spec.accuracyCaption}}: what the accuracy chart of this experiment compares, written for its settings
     * (each preset varies one thing; the caption names it).
     */
    @TemplateExtension
    static String accuracyCaption(ExperimentSpec spec) {
        if (!(spec instanceof ExperimentSpec.Network network)) {
            return "";
        }
        Sweep s = network.sweep();
        String control = s.criterion() == PruneCriterion.RANDOM
                ? ""
                : " The dashed grey line is random pruning, the control any criterion must beat.";
        String compared = switch (s.compare()) {
            case SCOPE -> "One magnitude threshold for the whole network against the same sparsity in every layer.";
            case SCHEDULE ->
                "The same final sparsities reached in one step, in " + s.rounds()
                        + " prune-and-fine-tune rounds, and along the cubic schedule during training; the table's extra"
                        + " epochs column is what each schedule cost.";
            case GRANULARITY ->
                "A fixed pattern (" + s.granularity().label() + ") against unstructured pruning at the same sparsity.";
            case CRITERION ->
                s.criterion().label() + " against "
                        + (s.criterion() == PruneCriterion.MAGNITUDE
                                ? "the Taylor criterion"
                                : "magnitude after training")
                        + " at each sparsity.";
            case CRITERION_AND_GRANULARITY ->
                "Each criterion unstructured and with a fixed pattern ("
                        + s.granularity().label() + ") at each" + " sparsity.";
            case NONE ->
                s.schedule() == Schedule.LOTTERY
                        ? "The ticket found by iterative magnitude pruning and rewound to its initial weights, against the"
                                + " same masks trained from a new random initialisation."
                        : "Test accuracy of the " + s.criterion().label() + " "
                                + s.granularity().id()
                                + " pruned network at each target"
                                + (s.fineTuneEpochs() == 0
                                        ? ", with no fine-tuning: the raw damage."
                                        : ", after " + s.fineTuneEpochs() + " fine-tuning epochs.");
        };
        return compared + " Points are the measured targets, joined by straight lines; the dotted line is the dense"
                + " model." + control;
    }

    /** {@code {spec.settings}}: the settings that matter for this kind of model. */
    @TemplateExtension
    static List<Setting> settings(ExperimentSpec spec) {
        List<Setting> settings = new ArrayList<>();
        if (spec instanceof ExperimentSpec.Transformer transformer) {
            settings.addAll(transformer(transformer));
        } else if (spec instanceof ExperimentSpec.Tree tree) {
            settings.add(dataSet(tree));
            settings.add(new Setting(
                    "Model",
                    "CART decision tree, split criterion " + tree.criterion().id()));
            settings.add(new Setting("Alpha chosen by", tree.folds() + "-fold cross-validation on the training rows"));
        } else {
            ExperimentSpec.Network network = (ExperimentSpec.Network) spec;
            settings.add(dataSet(network));
            settings.addAll(network(network));
        }
        settings.add(new Setting("Seed", String.valueOf(spec.seed())));
        return settings;
    }

    private static Setting dataSet(ExperimentSpec.OnData spec) {
        return new Setting("Data set", spec.dataset().id() + " (" + spec.rows() + " rows, 80/20 train/test)");
    }

    private static List<Setting> transformer(ExperimentSpec.Transformer spec) {
        String compared = switch (spec.compare()) {
            case CRITERION -> "every criterion for " + spec.granularity().id() + " side by side";
            case CRITERION_AND_GRANULARITY -> "magnitude, Wanda and SparseGPT, unstructured and 2:4";
            default -> "the dense model only";
        };
        return List.of(
                new Setting(
                        "Model",
                        "all-MiniLM-L6-v2, pretrained (22.6M parameters, 6 blocks of 12 heads), not retrained"),
                new Setting(
                        "Scored on",
                        "the first " + spec.rows()
                                + " flashcards: each front ranks every back (recall@1, recall@5, MRR),"
                                + " and the mean cosine of every embedding to the dense model's"),
                new Setting(
                        "Pruning",
                        spec.criterion().id() + ", "
                                + (spec.structured()
                                        ? "attention heads and FFN neurons (same share of each), removed"
                                        : spec.granularity().id())
                                + ", sparsities " + spec.sparsities()),
                new Setting(
                        "Calibration",
                        "lesson sections (not the flashcards), for Wanda, SparseGPT and the activation criterion"),
                new Setting("Compared", compared));
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
