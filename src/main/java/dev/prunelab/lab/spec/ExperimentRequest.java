package dev.prunelab.lab.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client asks to run, as sent: every field optional and unchecked. {@code {"preset": "schedules"}} takes the
 * preset's values, and any field given overrides them ({@code {"preset": "schedules", "seed": 7}}); without a preset
 * the missing fields come from the default custom experiment. {@link SpecResolver#resolve} merges it with its preset
 * and checks it once, into a typed {@link ExperimentSpec}; fields its model and schedule do not use are ignored (the
 * builder form sends them all). A spec's {@link ExperimentSpec#toRequest() canonical form} is this type again, with
 * only the fields that run: its JSON is what the result store keys on.
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
@Schema(
        description =
                "An experiment: a preset id with optional overrides, or a full custom spec. Fields the model "
                        + "or schedule does not use are ignored: a tree uses dataset, rows, model, criterion, folds and seed; networks "
                        + "everything but folds (hidden: MLP only; rounds: not for one-shot unless comparing schedules; scope: not for lottery)")
public record ExperimentRequest(
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
    public static ExperimentRequest empty() {
        return new ExperimentRequest(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A request for a preset, changing nothing. */
    public static ExperimentRequest ofPreset(String id) {
        return new ExperimentRequest(
                id, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** This spec's fields where set, the base's elsewhere. */
    public ExperimentRequest over(ExperimentRequest base) {
        return new ExperimentRequest(
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
    public ExperimentRequest withSeed(long newSeed) {
        return new ExperimentRequest(
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
}
