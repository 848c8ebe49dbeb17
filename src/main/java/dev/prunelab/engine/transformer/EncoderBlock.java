package dev.prunelab.engine.transformer;

import dev.prunelab.engine.nn.Indices;
import dev.prunelab.engine.tensor.Gemm;
import dev.prunelab.engine.tensor.Kernels;
import java.util.List;

/**
 * One post-LayerNorm BERT encoder layer:
 *
 * <pre>
 * a = LayerNorm₁(h + O·Attention(Q·h, K·h, V·h))       heads of 32, softmax(QKᵀ/√32) over real tokens
 * h' = LayerNorm₂(a + FFN₂·GELU(FFN₁·a))
 * </pre>
 *
 * After structured pruning a block may have fewer heads (Q, K and V keep 32 rows per remaining head, O
 * the matching columns) and fewer FFN neurons (rows of FFN₁, columns of FFN₂).
 */
public final class EncoderBlock {

    /** Features per attention head. */
    public static final int HEAD_DIM = 32;

    private static final float LAYER_NORM_EPSILON = 1e-12f;
    private static final List<LinearRole> ATTENTION_INPUTS = List.of(LinearRole.Q, LinearRole.K, LinearRole.V);

    private final int heads;
    private final Linear query;
    private final Linear key;
    private final Linear value;
    private final Linear output;
    private final Linear intermediate;
    private final Linear feedForwardOutput;
    private final float[][] layerNorms; // gamma₁, beta₁, gamma₂, beta₂

    EncoderBlock(int heads, Linear[] linears, float[][] layerNorms) {
        this.heads = heads;
        this.query = linears[0];
        this.key = linears[1];
        this.value = linears[2];
        this.output = linears[3];
        this.intermediate = linears[4];
        this.feedForwardOutput = linears[5];
        this.layerNorms = layerNorms;
    }

    /** Attention heads left in this block. */
    public int heads() {
        return heads;
    }

    /** FFN neurons left in this block. */
    public int feedForwardWidth() {
        return intermediate.outputs();
    }

    /** One of the six prunable layers. */
    public Linear linear(LinearRole role) {
        return switch (role) {
            case Q -> query;
            case K -> key;
            case V -> value;
            case O -> output;
            case FFN1 -> intermediate;
            case FFN2 -> feedForwardOutput;
        };
    }

    /** LayerNorm parameters: 0 = γ₁, 1 = β₁ (after attention), 2 = γ₂, 3 = β₂ (after the FFN). */
    float[] layerNorm(int which) {
        return layerNorms[which];
    }

    /**
     * Runs the block on {@code work.hidden} in place.
     *
     * @param work activations, sized for the batch
     * @param batch where each sentence's rows are
     * @param inputs sees the input of every linear layer before it runs (null for none)
     */
    void forward(Workspace work, TokenBatch batch, LinearInputs inputs) {
        int rows = batch.rows();
        if (inputs != null) {
            inputs.accept(ATTENTION_INPUTS, work.hidden, rows, MiniLm.HIDDEN);
        }
        query.forward(work.hidden, rows, work.query);
        key.forward(work.hidden, rows, work.key);
        value.forward(work.hidden, rows, work.value);
        for (int s = 0; s < batch.sentences(); s++) {
            attend(work, batch.rowStart(s), batch.slotRows(s), batch.length(s));
        }
        if (inputs != null) {
            inputs.accept(List.of(LinearRole.O), work.context, rows, heads * HEAD_DIM);
        }
        output.forward(work.context, rows, work.projected);
        TransformerMath.addLayerNorm(
                work.projected, work.hidden, rows, layerNorms[0], layerNorms[1], LAYER_NORM_EPSILON);
        if (inputs != null) {
            inputs.accept(List.of(LinearRole.FFN1), work.projected, rows, MiniLm.HIDDEN);
        }
        intermediate.forward(work.projected, rows, work.intermediate);
        TransformerMath.gelu(work.intermediate, rows * intermediate.outputs());
        if (inputs != null) {
            inputs.accept(List.of(LinearRole.FFN2), work.intermediate, rows, intermediate.outputs());
        }
        feedForwardOutput.forward(work.intermediate, rows, work.hidden);
        TransformerMath.addLayerNorm(
                work.hidden, work.projected, rows, layerNorms[2], layerNorms[3], LAYER_NORM_EPSILON);
    }

    /**
     * Self-attention of one sentence, all heads: every row of its slot attends to its {@code keys} real
     * tokens (padded keys would get probability exactly 0, so they are left out). Each head's Q, K and V are
     * copied out contiguously so both products run in the matrix kernel: the JIT does not vectorise loops
     * that read one array and write another at different offsets, and such loops were most of the time.
     */
    private void attend(Workspace work, int start, int slotRows, int keys) {
        int width = heads * HEAD_DIM;
        float scale = (float) (1 / Math.sqrt(HEAD_DIM));
        Gemm gemm = Kernels.gemm();
        float[] q = work.headQuery;
        float[] k = work.headKey;
        float[] v = work.headValue;
        float[] scores = work.scores;
        float[] headContext = work.headContext;
        for (int h = 0; h < heads; h++) {
            int offset = h * HEAD_DIM;
            for (int i = 0; i < slotRows; i++) {
                System.arraycopy(work.query, (start + i) * width + offset, q, i * HEAD_DIM, HEAD_DIM);
            }
            for (int j = 0; j < keys; j++) {
                int from = (start + j) * width + offset;
                System.arraycopy(work.key, from, k, j * HEAD_DIM, HEAD_DIM);
                System.arraycopy(work.value, from, v, j * HEAD_DIM, HEAD_DIM);
            }
            gemm.multiply(false, true, slotRows, keys, HEAD_DIM, q, k, 0f, scores);
            for (int i = 0; i < slotRows; i++) {
                TransformerMath.scaledSoftmax(scores, i * keys, keys, scale);
            }
            gemm.multiply(false, false, slotRows, HEAD_DIM, keys, scores, v, 0f, headContext);
            for (int i = 0; i < slotRows; i++) {
                System.arraycopy(headContext, i * HEAD_DIM, work.context, (start + i) * width + offset, HEAD_DIM);
            }
        }
    }

    /**
     * The physical removal of structured pruning: a smaller block with only the given heads (their 32 rows
     * of Q, K and V, their 32 columns of O) and FFN neurons (rows of FFN₁, columns of FFN₂). It computes
     * what this block computes when the removed heads' O columns and neurons' FFN₂ columns are zero.
     *
     * @param keptHeads head indices, ascending, at least one
     * @param keptNeurons neuron indices, ascending, at least one
     */
    public EncoderBlock select(int[] keptHeads, int[] keptNeurons) {
        if (keptHeads.length == 0 || keptNeurons.length == 0) {
            throw new IllegalArgumentException("a block must keep at least one head and one neuron, got "
                    + keptHeads.length + " and " + keptNeurons.length);
        }
        int[] headRows = new int[keptHeads.length * HEAD_DIM];
        for (int h = 0; h < keptHeads.length; h++) {
            for (int d = 0; d < HEAD_DIM; d++) {
                headRows[h * HEAD_DIM + d] = keptHeads[h] * HEAD_DIM + d;
            }
        }
        int[] hidden = Indices.all(MiniLm.HIDDEN);
        Linear[] linears = {
            query.select(headRows, hidden),
            key.select(headRows, hidden),
            value.select(headRows, hidden),
            output.select(hidden, headRows),
            intermediate.select(keptNeurons, hidden),
            feedForwardOutput.select(hidden, keptNeurons)
        };
        return new EncoderBlock(keptHeads.length, linears, copy().layerNorms);
    }

    /** An independent copy. */
    EncoderBlock copy() {
        Linear[] linears = new Linear[LinearRole.values().length];
        for (LinearRole role : LinearRole.values()) {
            linears[role.ordinal()] = linear(role).copy();
        }
        float[][] norms = new float[layerNorms.length][];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = layerNorms[i].clone();
        }
        return new EncoderBlock(heads, linears, norms);
    }
}
