package dev.prunelab.engine.transformer.prune;

import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.prune.Amount;
import dev.prunelab.engine.prune.Pruner;
import dev.prunelab.engine.prune.PruningMethod;
import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.engine.transformer.BlockInputs;
import dev.prunelab.engine.transformer.EncoderBlock;
import dev.prunelab.engine.transformer.LinearRole;
import dev.prunelab.engine.transformer.MiniLm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One-shot pruning of the 36 linear layers of a MiniLM (Q, K, V, O, FFN₁, FFN₂ of each block; never the
 * embeddings, biases or LayerNorms), with the engine's pruning API: each method computes a mask that is
 * set beside the weight ({@link Parameter#setMask}), the amount is an {@link Amount} count of floor(s·n).
 *
 * <p>Wanda and SparseGPT calibrate block by block, as both papers' code does: a block's inputs are the
 * calibration tokens propagated through the blocks before it, already pruned; one pass of the still-dense
 * block collects the statistics of its six layers; all six are pruned; the pruned block is re-run to give
 * the next block's inputs.
 *
 * <pre>{@code
 * MiniLm pruned = dense.copy();
 * OneShotSpec spec = new OneShotSpec(OneShotMethod.WANDA, SparsityPattern.UNSTRUCTURED, 0.5);
 * OneShotPruner.prune(pruned, spec, calibrationTokens, LayerProgress.NONE, Cancellation.NEVER);
 * }</pre>
 */
public final class OneShotPruner {

    private static final int LAYERS_PER_BLOCK = LinearRole.values().length;

    private OneShotPruner() {}

    /**
     * Prunes the model in place (prune a {@link MiniLm#copy()}).
     *
     * @param model the model
     * @param spec method, pattern and sparsity
     * @param calibration token ids of the calibration sentences (unused by magnitude)
     * @param progress hears about each layer
     * @param cancellation checked between layers
     * @return calibration tokens used (0 for magnitude)
     */
    public static int prune(
            MiniLm model,
            OneShotSpec spec,
            List<int[]> calibration,
            LayerProgress progress,
            Cancellation cancellation) {
        OneShotMethod method = spec.method();
        double sparsity = spec.sparsity();
        int total = model.blocks().size() * LAYERS_PER_BLOCK;
        if (method == OneShotMethod.MAGNITUDE_GLOBAL) {
            List<Parameter> weights = new ArrayList<>();
            List<float[]> scores = new ArrayList<>();
            for (EncoderBlock block : model.blocks()) {
                for (LinearRole role : LinearRole.values()) {
                    Parameter w = block.linear(role).weight();
                    weights.add(w);
                    scores.add(magnitudes(w.value()));
                }
            }
            int count = weights.stream().mapToInt(Parameter::size).sum();
            Pruner.pruneGlobal(weights, scores, Amount.count(Counts.of(sparsity, count)));
            progress.onLayer(total, total, "all layers");
            return 0;
        }
        BlockInputs inputs = method.calibrated() ? BlockInputs.embed(model, calibration) : null;
        int done = 0;
        for (int b = 0; b < model.blocks().size(); b++) {
            cancellation.throwIfCancelled();
            InputStatistics statistics = null;
            if (inputs != null) {
                statistics = new InputStatistics(method == OneShotMethod.SPARSEGPT);
                inputs.observe(b, statistics);
            }
            EncoderBlock block = model.blocks().get(b);
            for (LinearRole role : LinearRole.values()) {
                cancellation.throwIfCancelled();
                pruneLayer(block.linear(role).weight(), spec, statistics == null ? null : statistics.of(role));
                progress.onLayer(++done, total, "block " + b + " " + role.name().toLowerCase());
            }
            if (inputs != null && b + 1 < model.blocks().size()) {
                inputs.advance(b);
            }
        }
        return inputs == null ? 0 : inputs.tokens();
    }

    /**
     * Prunes one linear layer by a per-layer method, its statistics taken from the given input rows: the three
     * methods compared on any small layer, without a MiniLM.
     *
     * <pre>{@code
     * OneShotPruner.pruneLayer(dense.weight(), new OneShotSpec(OneShotMethod.WANDA, UNSTRUCTURED, 0.5), x, 128);
     * }</pre>
     *
     * @param weight outputs × inputs
     * @param spec a per-layer method (magnitude, Wanda or SparseGPT), the pattern and the sparsity
     * @param inputs {@code rows × weight.cols()} calibration inputs, row-major (unused by magnitude)
     * @param rows calibration rows, > 0 for a calibrated method
     */
    public static void pruneLayer(Parameter weight, OneShotSpec spec, float[] inputs, int rows) {
        double[] statistics = null;
        if (spec.method().calibrated()) {
            if (rows <= 0 || inputs.length != (long) rows * weight.cols()) {
                throw new IllegalArgumentException("inputs must hold rows × " + weight.cols()
                        + " values with rows > 0, got " + inputs.length + " values for " + rows + " rows");
            }
            LinearRole role = LinearRole.values()[0];
            InputStatistics collected = new InputStatistics(spec.method() == OneShotMethod.SPARSEGPT);
            collected.accept(List.of(role), inputs, rows, weight.cols());
            statistics = collected.of(role);
        }
        pruneLayer(weight, spec, statistics);
    }

    /** One layer by a per-layer method, with its input statistics (null for magnitude). */
    static void pruneLayer(Parameter weight, OneShotSpec spec, double[] statistics) {
        SparsityPattern pattern = spec.pattern();
        double sparsity = spec.sparsity();
        switch (spec.method()) {
            case MAGNITUDE -> magnitude(weight, pattern, sparsity);
            case WANDA -> wanda(weight, statistics, pattern, sparsity);
            case SPARSEGPT -> sparseGpt(weight, statistics, pattern, sparsity);
            default ->
                throw new IllegalArgumentException(
                        "method must be per layer, got " + spec.method().label());
        }
    }

    /** The k smallest |W| of the layer; for 2:4 the 2 smallest of each group of 4 inputs in a row. */
    static void magnitude(Parameter weight, SparsityPattern pattern, double sparsity) {
        float[] scores = magnitudes(weight.value());
        if (pattern == SparsityPattern.TWO_FOUR) {
            Pruner.prune(weight, scores, PruningMethod.nOfM(2, 4), Amount.count(0));
        } else {
            Pruner.prune(
                    weight, scores, PruningMethod.unstructured(), Amount.count(Counts.of(sparsity, weight.size())));
        }
    }

    /** Score |W_ij|·‖X_j‖₂; the floor(s·in) lowest of each row (2:4: of each group of 4). No update. */
    static void wanda(Parameter weight, double[] squaredNorms, SparsityPattern pattern, double sparsity) {
        int rows = weight.rows();
        int cols = weight.cols();
        float[] w = weight.value();
        float[] scores = new float[w.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                scores[r * cols + c] = (float) (Math.abs(w[r * cols + c]) * Math.sqrt(squaredNorms[c]));
            }
        }
        if (pattern == SparsityPattern.TWO_FOUR) {
            Pruner.prune(weight, scores, PruningMethod.nOfM(2, 4), Amount.count(0));
            return;
        }
        float[] mask = new float[w.length];
        float[] rowScores = new float[cols];
        float[] rowMask = new float[cols];
        Amount perRow = Amount.count(Counts.of(sparsity, cols));
        for (int r = 0; r < rows; r++) {
            System.arraycopy(scores, r * cols, rowScores, 0, cols);
            Arrays.fill(rowMask, 1f);
            float[] kept = PruningMethod.unstructured().computeMask(rowScores, rowMask, 1, cols, perRow);
            System.arraycopy(kept, 0, mask, r * cols, cols);
        }
        weight.setMask(mask);
    }

    /** SparseGPT's mask and reconstructed weights, set as the new values with the mask beside them. */
    static void sparseGpt(Parameter weight, double[] hessian, SparsityPattern pattern, double sparsity) {
        int rows = weight.rows();
        int cols = weight.cols();
        float[] w = weight.value();
        double[][] updated = new double[rows][cols];
        double[][] h = new double[cols][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                updated[r][c] = w[r * cols + c];
            }
        }
        for (int i = 0; i < cols; i++) {
            System.arraycopy(hessian, i * cols, h[i], 0, cols);
        }
        boolean[] pruned = SparseGpt.prune(updated, h, pattern, sparsity);
        float[] mask = new float[w.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                w[r * cols + c] = (float) updated[r][c];
                mask[r * cols + c] = pruned[r * cols + c] ? 0f : 1f;
            }
        }
        weight.setMask(mask);
    }

    static float[] magnitudes(float[] values) {
        float[] scores = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            scores[i] = Math.abs(values[i]);
        }
        return scores;
    }
}
