package dev.prunelab.engine.transformer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A BERT encoder with sentence-transformers' pooling: all-MiniLM-L6-v2 (6 blocks, hidden 384, 12 heads
 * of 32, FFN 1536, GELU, post-LayerNorm), its output the mean of the real tokens' last hidden states,
 * L2-normalised. Pruning works on {@link #copy() copies}: the embeddings are shared (never pruned), the
 * blocks are not.
 *
 * <p>A model is safe to run from several threads at once as long as nobody prunes it meanwhile; each
 * thread brings its own {@link Workspace}.
 */
public final class MiniLm {

    /** Width of the hidden states (and of the sentence embedding). */
    public static final int HIDDEN = 384;

    private final Embeddings embeddings;
    private final List<EncoderBlock> blocks;

    MiniLm(Embeddings embeddings, List<EncoderBlock> blocks) {
        this.embeddings = embeddings;
        this.blocks = new ArrayList<>(blocks);
    }

    /**
     * Reads the model from an ONNX file (sentence-transformers' BERT export, float32 weights inline).
     *
     * @param onnx the file's bytes (not closed here)
     * @throws IOException when the stream fails or the file is not such a model
     */
    public static MiniLm fromOnnx(InputStream onnx) throws IOException {
        return MiniLmLoader.load(onnx);
    }

    /** The encoder blocks, first to last (read-only view). */
    public List<EncoderBlock> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    /** A copy whose blocks can be pruned without touching this model (the embeddings are shared). */
    public MiniLm copy() {
        return new MiniLm(embeddings, blocks.stream().map(EncoderBlock::copy).toList());
    }

    /** A model with these blocks and this model's (shared) embeddings: how a shrunk model is built. */
    public MiniLm withBlocks(List<EncoderBlock> newBlocks) {
        return new MiniLm(embeddings, newBlocks);
    }

    /**
     * Replaces one block: structured pruning swaps in a smaller one. Do this on a {@link #copy()}, never on a
     * model that other threads are encoding with.
     */
    public void replaceBlock(int index, EncoderBlock block) {
        blocks.set(index, block);
    }

    /** Largest number of positions a sentence may have. */
    public int maxPositions() {
        return embeddings.maxPositions();
    }

    /** Parameters of the embeddings (words, positions, token type, LayerNorm). */
    public long embeddingParameters() {
        return embeddings.parameters();
    }

    /** Parameters of the encoder blocks: weights, biases and LayerNorms. */
    public long blockParameters() {
        long total = 0;
        for (EncoderBlock block : blocks) {
            for (LinearRole role : LinearRole.values()) {
                Linear linear = block.linear(role);
                total += (long) linear.outputs() * linear.inputs() + linear.outputs();
            }
            total += 4L * HIDDEN;
        }
        return total;
    }

    int widestAttention() {
        return blocks.stream()
                .mapToInt(b -> b.heads() * EncoderBlock.HEAD_DIM)
                .max()
                .orElse(0);
    }

    int widestFeedForward() {
        return blocks.stream().mapToInt(EncoderBlock::feedForwardWidth).max().orElse(0);
    }

    /** Embeds the batch's tokens into {@code work.hidden} (the input of block 0). */
    void embed(TokenBatch batch, Workspace work) {
        work.ensure(batch, this);
        embeddings.embed(batch, work.hidden);
    }

    /**
     * Encodes one batch: embeddings, every block, mean pooling over real tokens, L2 normalisation.
     *
     * @param batch the sentences' tokens and layout
     * @param work this thread's activations
     * @param out receives one normalised vector per sentence, from index {@code first}
     * @param first where the batch's first sentence goes in {@code out}
     */
    void encode(TokenBatch batch, Workspace work, float[][] out, int first) {
        embed(batch, work);
        for (EncoderBlock block : blocks) {
            block.forward(work, batch, null);
        }
        pool(batch, work.hidden, out, first);
    }

    /** Mean of each sentence's real rows, divided by max(‖mean‖₂, 1e-12). */
    static void pool(TokenBatch batch, float[] hidden, float[][] out, int first) {
        double[] sum = new double[HIDDEN];
        for (int s = 0; s < batch.sentences(); s++) {
            Arrays.fill(sum, 0);
            int start = batch.rowStart(s);
            int length = batch.length(s);
            for (int t = 0; t < length; t++) {
                int row = (start + t) * HIDDEN;
                for (int c = 0; c < HIDDEN; c++) {
                    sum[c] += hidden[row + c];
                }
            }
            double norm = 0;
            for (int c = 0; c < HIDDEN; c++) {
                sum[c] /= length;
                norm += sum[c] * sum[c];
            }
            norm = Math.max(Math.sqrt(norm), 1e-12);
            float[] vector = new float[HIDDEN];
            for (int c = 0; c < HIDDEN; c++) {
                vector[c] = (float) (sum[c] / norm);
            }
            out[first + s] = vector;
        }
    }
}
