package dev.prunelab.lab.spec;

import java.util.List;

/**
 * How a network experiment prunes and trains: what MLP and CNN experiments share.
 *
 * @param scope          null for the lottery ticket, which always ranks weights globally
 * @param rounds         null when every schedule that runs is one-shot
 * @param sparsities     the target weight sparsities, ascending and distinct
 * @param epochs         training epochs of the dense model (lottery: per round)
 * @param fineTuneEpochs fine-tuning epochs after each pruning step
 */
public record Sweep(
        PruneCriterion criterion,
        Granularity granularity,
        PruneScope scope,
        Schedule schedule,
        Integer rounds,
        List<Double> sparsities,
        int epochs,
        int fineTuneEpochs,
        Compare compare) {

    public Sweep {
        sparsities = List.copyOf(sparsities);
    }

    /** The largest target sparsity. */
    public double maxSparsity() {
        return sparsities.get(sparsities.size() - 1);
    }

    /** Rounds of the iterative, gradual and lottery schedules (1 where none runs). */
    public int roundsOrOne() {
        return rounds == null ? 1 : rounds;
    }
}
