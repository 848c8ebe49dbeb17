package dev.prunelab.engine.transformer.prune;

/** One-shot (no retraining) pruning methods for the encoder's 36 linear layers. */
public enum OneShotMethod {
    /** The k smallest |W| of each layer (Han et al. 2015); no data. */
    MAGNITUDE("magnitude", false),
    /** One |W| threshold over all 36 layers together; no data. */
    MAGNITUDE_GLOBAL("magnitude-global", false),
    /** |W_ij|·‖X_j‖₂ compared within each output row (Sun et al. 2023); calibration statistics, no update. */
    WANDA("wanda", true),
    /** Optimal-brain-surgeon pruning with weight reconstruction (Frantar &amp; Alistarh 2023). */
    SPARSEGPT("sparsegpt", true);

    private final String label;
    private final boolean calibrated;

    OneShotMethod(String label, boolean calibrated) {
        this.label = label;
        this.calibrated = calibrated;
    }

    /** The name the reference scripts print. */
    public String label() {
        return label;
    }

    /** Whether the method needs calibration text. */
    public boolean calibrated() {
        return calibrated;
    }
}
