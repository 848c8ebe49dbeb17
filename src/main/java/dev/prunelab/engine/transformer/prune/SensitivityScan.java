package dev.prunelab.engine.transformer.prune;

import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.engine.transformer.BlockInputs;
import dev.prunelab.engine.transformer.LinearRole;
import dev.prunelab.engine.transformer.MiniLm;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-block sensitivity: the model with one block's attention (Q, K, V, O) or FFN (FFN₁, FFN₂) pruned at a
 * time, everything else dense: the curves practitioners read to set per-layer ratios. Calibrated methods
 * take each block's statistics from dense inputs, since only that block is pruned.
 *
 * <pre>{@code
 * OneShotSpec spec = new OneShotSpec(OneShotMethod.WANDA, SparsityPattern.UNSTRUCTURED, 0.7);
 * List<SensitivityScan.Point> points =
 *         SensitivityScan.run(dense, evaluation, spec, calibration, LayerProgress.NONE, Cancellation.NEVER);
 * }</pre>
 */
public final class SensitivityScan {

    /** The two parts of a block that are pruned together. */
    public enum Part {
        ATTENTION(List.of(LinearRole.Q, LinearRole.K, LinearRole.V, LinearRole.O)),
        FFN(List.of(LinearRole.FFN1, LinearRole.FFN2));

        private final List<LinearRole> roles;

        Part(List<LinearRole> roles) {
            this.roles = roles;
        }

        public List<LinearRole> roles() {
            return roles;
        }
    }

    /**
     * @param block block index
     * @param part what was pruned in it
     * @param result the model's scores with only that pruned
     */
    public record Point(int block, Part part, Evaluation.Result result) {}

    private SensitivityScan() {}

    /**
     * @param dense the unpruned model (not modified)
     * @param evaluation scores each variant against the dense model
     * @param spec a per-layer method (not global magnitude), pattern and sparsity
     * @param calibration token ids for calibrated methods
     * @param progress hears about each variant
     * @param cancellation checked between variants
     * @return one point per block and part, block by block
     */
    public static List<Point> run(
            MiniLm dense,
            Evaluation evaluation,
            OneShotSpec spec,
            List<int[]> calibration,
            LayerProgress progress,
            Cancellation cancellation) {
        OneShotMethod method = spec.method();
        if (method == OneShotMethod.MAGNITUDE_GLOBAL) {
            throw new IllegalArgumentException(
                    "method must be per layer for a sensitivity scan, got " + method.label());
        }
        BlockInputs inputs = method.calibrated() ? BlockInputs.embed(dense, calibration) : null;
        int blocks = dense.blocks().size();
        int total = blocks * Part.values().length;
        List<Point> points = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            InputStatistics statistics = null;
            if (inputs != null) {
                statistics = new InputStatistics(method == OneShotMethod.SPARSEGPT);
                inputs.observe(b, statistics);
            }
            for (Part part : Part.values()) {
                cancellation.throwIfCancelled();
                MiniLm variant = dense.copy();
                for (LinearRole role : part.roles()) {
                    OneShotPruner.pruneLayer(
                            variant.blocks().get(b).linear(role).weight(),
                            spec,
                            statistics == null ? null : statistics.of(role));
                }
                points.add(new Point(b, part, evaluation.score(variant)));
                progress.onLayer(
                        points.size(), total, "block " + b + " " + part.name().toLowerCase());
            }
            if (inputs != null && b + 1 < blocks) {
                inputs.advance(b);
            }
        }
        return points;
    }
}
