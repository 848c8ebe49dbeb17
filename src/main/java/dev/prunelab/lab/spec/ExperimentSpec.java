package dev.prunelab.lab.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an experiment runs. As a request body every field is optional: {@code {"preset": "schedules"}} takes the
 * preset's values, and any field given overrides them ({@code {"preset": "schedules", "seed": 7}}); without a preset
 * the missing fields come from the default custom experiment. The merged spec is checked by {@link SpecRules}; fields
 * its model and schedule do not {@link #uses use} are ignored (the builder form sends them all).
 *
 * @param preset         a preset id from {@code GET /api/lab/presets}, or absent for a custom experiment
 * @param dataset        digits, mnist10k, breast_cancer, wine, iris (bundled) or moons, spirals (generated 2-D)
 * @param model          mlp, cnn (image data sets) or tree (tabular data sets)
 * @param hidden         hidden layer widths of the MLP, e.g. [64, 32]
 * @param criterion      networks: magnitude, random, snip (at initialisation), taylor; trees: gini, entropy
 * @param granularity    unstructured (single weights), neurons (whole units/filters) or n:m (n of every 4 kept)
 * @param scope          global (one ranking for the network) or layer (the same sparsity in every layer)
 * @param schedule       one-shot, iterative, gradual (Zhu and Gupta) or lottery (rewinding to initialisation)
 * @param rounds         pruning rounds of the iterative, gradual and lottery schedules
 * @param sparsities     target weight sparsities, each in [0.05, 0.99]
 * @param epochs         training epochs of the dense model (lottery: per round)
 * @param fineTuneEpochs fine-tuning epochs after each pruning step
 * @param rows           data rows used (a seeded stratified sample when fewer than the data set has)
 * @param folds          trees: cross-validation folds for choosing alpha
 * @param compare        what to vary side by side: none, scope, schedule, granularity, criterion
 * @param seed           makes the run reproducible: same spec and seed, same numbers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder(alphabetic = true)
@ValidSpec
@Schema(
        description =
                "An experiment: a preset id with optional overrides, or a full custom spec. Fields the model "
                        + "or schedule does not use are ignored: a tree uses dataset, rows, model, criterion, folds and seed; networks "
                        + "everything but folds (hidden: MLP only; rounds: not for one-shot unless comparing schedules; scope: not for lottery)")
public record ExperimentSpec(
        String preset,
        String dataset,
        String model,
        List<Integer> hidden,
        String criterion,
        String granularity,
        String scope,
        String schedule,
        Integer rounds,
        List<Double> sparsities,
        Integer epochs,
        Integer fineTuneEpochs,
        Integer rows,
        Integer folds,
        String compare,
        Long seed) {

    /** A request that sets nothing: the default custom experiment. */
    public static ExperimentSpec empty() {
        return new ExperimentSpec(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A request for a preset, changing nothing. */
    public static ExperimentSpec ofPreset(String id) {
        return new ExperimentSpec(
                id, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** This spec's fields where set, the base's elsewhere. */
    public ExperimentSpec over(ExperimentSpec base) {
        return new ExperimentSpec(
                or(preset, base.preset),
                or(dataset, base.dataset),
                or(model, base.model),
                or(hidden, base.hidden),
                or(criterion, base.criterion),
                or(granularity, base.granularity),
                or(scope, base.scope),
                or(schedule, base.schedule),
                or(rounds, base.rounds),
                or(sparsities, base.sparsities),
                or(epochs, base.epochs),
                or(fineTuneEpochs, base.fineTuneEpochs),
                or(rows, base.rows),
                or(folds, base.folds),
                or(compare, base.compare),
                or(seed, base.seed));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /** The same spec with another seed ("run again with seed …"). */
    public ExperimentSpec withSeed(long newSeed) {
        return new ExperimentSpec(
                preset,
                dataset,
                model,
                hidden,
                criterion,
                granularity,
                scope,
                schedule,
                rounds,
                sparsities,
                epochs,
                fineTuneEpochs,
                rows,
                folds,
                compare,
                newSeed);
    }

    /**
     * Whether this spec's model and schedule use the field (named as in JSON). A tree uses only the data set, rows,
     * model, criterion (gini or entropy), folds and seed; networks use everything else but folds, an MLP also its
     * hidden sizes; rounds count only when some compared schedule is not one-shot, and scope not for the lottery
     * ticket (which always ranks weights globally). Fields not used are ignored: not checked, and dropped by
     * {@link #normalized()}.
     */
    public boolean uses(String field) {
        return switch (field) {
            case "preset", "dataset", "rows", "model", "criterion", "seed" -> true;
            case "folds" -> isTree();
            case "hidden" -> "mlp".equals(model);
            case "rounds" -> !isTree() && (!"one-shot".equals(schedule) || "schedule".equals(compare));
            case "scope" -> !isTree() && !"lottery".equals(schedule);
            default -> !isTree();
        };
    }

    /**
     * The spec as it runs and is cached: fields it does not {@link #uses use} are dropped and the sparsities sorted,
     * so two requests that run the same experiment have the same canonical JSON.
     */
    public ExperimentSpec normalized() {
        List<Double> sorted = sparsities == null
                ? null
                : sparsities.stream().distinct().sorted().toList();
        return new ExperimentSpec(
                preset,
                dataset,
                model,
                used("hidden", hidden),
                criterion,
                used("granularity", granularity),
                used("scope", scope),
                used("schedule", schedule),
                used("rounds", rounds),
                used("sparsities", sorted),
                used("epochs", epochs),
                used("fineTuneEpochs", fineTuneEpochs),
                rows,
                used("folds", folds),
                used("compare", compare),
                seed);
    }

    private <T> T used(String field, T value) {
        return uses(field) ? value : null;
    }

    /** With another seed when one is given, else unchanged. */
    public ExperimentSpec withSeedOrKeep(Long newSeed) {
        return newSeed == null ? this : withSeed(newSeed);
    }

    @JsonIgnore
    public boolean isTree() {
        return "tree".equals(model);
    }

    /** The largest target sparsity. */
    public double maxSparsity() {
        return sparsities.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
