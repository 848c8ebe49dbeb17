package dev.prunelab.engine.transformer.prune;

import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.engine.transformer.BlockInputs;
import dev.prunelab.engine.transformer.EncoderBlock;
import dev.prunelab.engine.transformer.LinearRole;
import dev.prunelab.engine.transformer.MiniLm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Structured pruning of a MiniLM: whole attention heads and FFN neurons, the same share in every block.
 * {@link #prune} only masks (a head: its 32 rows of Q, K and V and its 32 columns of O; a neuron: its row
 * of FFN₁ and column of FFN₂), as the engine's other pruning does; {@link #shrink} then removes the masked
 * units physically, giving a smaller model that computes the same embeddings faster.
 *
 * <p>A unit's score is the norm of what it writes into the residual stream. {@link Criterion#MAGNITUDE}
 * uses only weights: the Frobenius norm of all the unit's weights. {@link Criterion#ACTIVATION} weighs the
 * outgoing weights by the unit's activity on calibration text, ‖a_u‖₂·‖W_out[:, u]‖ (Wanda's idea per
 * unit), with the calibration propagated block by block through the blocks already pruned.
 *
 * <pre>{@code
 * StructuredPruner.prune(copy, 0.25, 0.5, Criterion.ACTIVATION, calibration, LayerProgress.NONE, Cancellation.NEVER);
 * MiniLm small = StructuredPruner.shrink(copy);
 * }</pre>
 */
public final class StructuredPruner {

    /** How units are ranked. */
    public enum Criterion {
        /** Weights only. */
        MAGNITUDE,
        /** Outgoing weights times the unit's activation norm on calibration text. */
        ACTIVATION
    }

    private StructuredPruner() {}

    /**
     * Masks the lowest-scored floor(f·heads) heads and floor(f·neurons) neurons of every block, keeping at
     * least one of each.
     *
     * @param model pruned in place (prune a {@link MiniLm#copy()})
     * @param headFraction share of each block's heads, in [0, 1)
     * @param neuronFraction share of each block's FFN neurons, in [0, 1)
     * @param criterion how units are ranked
     * @param calibration token ids of calibration sentences (used by {@link Criterion#ACTIVATION})
     * @param progress hears about each block
     * @param cancellation checked between blocks
     */
    public static void prune(
            MiniLm model,
            double headFraction,
            double neuronFraction,
            Criterion criterion,
            List<int[]> calibration,
            LayerProgress progress,
            Cancellation cancellation) {
        BlockInputs inputs = criterion == Criterion.ACTIVATION ? BlockInputs.embed(model, calibration) : null;
        int blocks = model.blocks().size();
        for (int b = 0; b < blocks; b++) {
            cancellation.throwIfCancelled();
            EncoderBlock block = model.blocks().get(b);
            InputStatistics activity = null;
            if (inputs != null) {
                activity = new InputStatistics(false);
                inputs.observe(b, activity);
            }
            double[] headScores = headScores(block, activity);
            double[] neuronScores = neuronScores(block, activity);
            boolean[] headsOut = SparseGpt.lowest(
                    headScores, Math.min(Counts.of(headFraction, headScores.length), headScores.length - 1));
            boolean[] neuronsOut = SparseGpt.lowest(
                    neuronScores, Math.min(Counts.of(neuronFraction, neuronScores.length), neuronScores.length - 1));
            maskHeads(block, headsOut);
            maskNeurons(block, neuronsOut);
            progress.onLayer(b + 1, blocks, "block " + b);
            if (inputs != null && b + 1 < blocks) {
                inputs.advance(b);
            }
        }
    }

    /**
     * The physical removal: a model without the heads whose O columns and the neurons whose FFN₂ columns
     * are entirely masked. The original is not modified.
     */
    public static MiniLm shrink(MiniLm model) {
        List<EncoderBlock> blocks = new ArrayList<>();
        for (EncoderBlock block : model.blocks()) {
            int[] heads = liveGroups(block.linear(LinearRole.O).weight(), EncoderBlock.HEAD_DIM);
            int[] neurons = liveGroups(block.linear(LinearRole.FFN2).weight(), 1);
            blocks.add(block.select(heads, neurons));
        }
        return model.withBlocks(blocks);
    }

    private static double[] headScores(EncoderBlock block, InputStatistics activity) {
        double[] scores = new double[block.heads()];
        Parameter o = block.linear(LinearRole.O).weight();
        for (int h = 0; h < scores.length; h++) {
            int from = h * EncoderBlock.HEAD_DIM;
            int to = from + EncoderBlock.HEAD_DIM;
            if (activity == null) {
                double sum = squaredColumns(o, from, to);
                for (LinearRole role : List.of(LinearRole.Q, LinearRole.K, LinearRole.V)) {
                    sum += squaredRows(block.linear(role).weight(), from, to);
                }
                scores[h] = Math.sqrt(sum);
            } else {
                double[] norms = activity.of(LinearRole.O);
                double act = 0;
                for (int c = from; c < to; c++) {
                    act += norms[c];
                }
                scores[h] = Math.sqrt(act) * Math.sqrt(squaredColumns(o, from, to));
            }
        }
        return scores;
    }

    private static double[] neuronScores(EncoderBlock block, InputStatistics activity) {
        Parameter in = block.linear(LinearRole.FFN1).weight();
        Parameter out = block.linear(LinearRole.FFN2).weight();
        double[] scores = new double[in.rows()];
        for (int n = 0; n < scores.length; n++) {
            double outgoing = squaredColumns(out, n, n + 1);
            scores[n] = activity == null
                    ? Math.sqrt(outgoing + squaredRows(in, n, n + 1))
                    : Math.sqrt(activity.of(LinearRole.FFN2)[n]) * Math.sqrt(outgoing);
        }
        return scores;
    }

    private static void maskHeads(EncoderBlock block, boolean[] out) {
        int dim = EncoderBlock.HEAD_DIM;
        for (LinearRole role : List.of(LinearRole.Q, LinearRole.K, LinearRole.V)) {
            Parameter w = block.linear(role).weight();
            float[] mask = maskOf(w);
            for (int h = 0; h < out.length; h++) {
                if (out[h]) {
                    Arrays.fill(mask, h * dim * w.cols(), (h + 1) * dim * w.cols(), 0f);
                }
            }
            w.setMask(mask);
        }
        maskColumns(block.linear(LinearRole.O).weight(), out, dim);
    }

    private static void maskNeurons(EncoderBlock block, boolean[] out) {
        Parameter in = block.linear(LinearRole.FFN1).weight();
        float[] mask = maskOf(in);
        for (int n = 0; n < out.length; n++) {
            if (out[n]) {
                Arrays.fill(mask, n * in.cols(), (n + 1) * in.cols(), 0f);
            }
        }
        in.setMask(mask);
        maskColumns(block.linear(LinearRole.FFN2).weight(), out, 1);
    }

    private static void maskColumns(Parameter w, boolean[] groupsOut, int groupWidth) {
        float[] mask = maskOf(w);
        for (int g = 0; g < groupsOut.length; g++) {
            if (groupsOut[g]) {
                for (int r = 0; r < w.rows(); r++) {
                    Arrays.fill(mask, r * w.cols() + g * groupWidth, r * w.cols() + (g + 1) * groupWidth, 0f);
                }
            }
        }
        w.setMask(mask);
    }

    private static float[] maskOf(Parameter w) {
        if (w.mask() != null) {
            return w.mask().clone();
        }
        float[] ones = new float[w.size()];
        Arrays.fill(ones, 1f);
        return ones;
    }

    /** Column groups with at least one unmasked entry (all groups when the weight has no mask). */
    private static int[] liveGroups(Parameter w, int groupWidth) {
        int groups = w.cols() / groupWidth;
        float[] mask = w.mask();
        List<Integer> live = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            boolean alive = mask == null;
            for (int r = 0; r < w.rows() && !alive; r++) {
                for (int c = g * groupWidth; c < (g + 1) * groupWidth && !alive; c++) {
                    alive = mask[r * w.cols() + c] != 0f;
                }
            }
            if (alive) {
                live.add(g);
            }
        }
        return live.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double squaredRows(Parameter w, int from, int to) {
        double sum = 0;
        float[] v = w.value();
        for (int i = from * w.cols(); i < to * w.cols(); i++) {
            sum += (double) v[i] * v[i];
        }
        return sum;
    }

    private static double squaredColumns(Parameter w, int from, int to) {
        double sum = 0;
        float[] v = w.value();
        for (int r = 0; r < w.rows(); r++) {
            for (int c = from; c < to; c++) {
                double x = v[r * w.cols() + c];
                sum += x * x;
            }
        }
        return sum;
    }
}
