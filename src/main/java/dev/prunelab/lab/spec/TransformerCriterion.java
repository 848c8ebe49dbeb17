package dev.prunelab.lab.spec;

import java.util.Arrays;
import java.util.List;

/**
 * How the transformer experiment (model minilm) ranks what it removes. The one-shot methods rank single weights of
 * the 36 linear layers (unstructured or 2:4); the structured ones rank whole attention heads and FFN neurons.
 */
public enum TransformerCriterion implements Choice {
    /** The smallest |W| of each layer. */
    MAGNITUDE,
    /** One |W| threshold over all 36 layers (unstructured only). */
    MAGNITUDE_GLOBAL,
    /** |W|·‖X‖ within each output row, from calibration text (Sun et al. 2023). */
    WANDA,
    /** Optimal-brain-surgeon masks with weight reconstruction, from calibration text (Frantar and Alistarh 2023). */
    SPARSEGPT,
    /** A head's or neuron's outgoing weights times its activity on calibration text (structured only). */
    ACTIVATION;

    /** The name of a chart line that prunes by this criterion. */
    public String label() {
        return switch (this) {
            case MAGNITUDE -> "magnitude";
            case MAGNITUDE_GLOBAL -> "global magnitude";
            case WANDA -> "Wanda";
            case SPARSEGPT -> "SparseGPT";
            case ACTIVATION -> "activation";
        };
    }

    /** Whether it may prune at this granularity: single weights and 2:4, or heads and neurons. */
    public boolean allows(Granularity granularity) {
        return switch (granularity) {
            case UNSTRUCTURED -> this != ACTIVATION;
            case N_OF_M -> this == MAGNITUDE || this == WANDA || this == SPARSEGPT;
            case NEURONS -> this == MAGNITUDE || this == ACTIVATION;
        };
    }

    /** Whether it reads calibration text. */
    public boolean calibrated() {
        return this == WANDA || this == SPARSEGPT || this == ACTIVATION;
    }

    /** The criteria compared side by side at a granularity (global magnitude only when asked for alone). */
    public static List<TransformerCriterion> compared(Granularity granularity) {
        return Arrays.stream(values())
                .filter(c -> c != MAGNITUDE_GLOBAL && c.allows(granularity))
                .toList();
    }

    /** Every criterion allowed at the granularity, as ids for a message. */
    static List<String> ids(Granularity granularity) {
        return Arrays.stream(values())
                .filter(c -> c.allows(granularity))
                .map(Choice::id)
                .toList();
    }
}
