package dev.prunelab.engine.transformer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hidden states of a token set at the input of one encoder block, advanced block by block: how
 * calibration propagates text through the blocks pruned so far (Wanda's and SparseGPT's sequential
 * scheme). Sentences are packed without padding, so every row is a real token.
 *
 * <pre>{@code
 * BlockInputs inputs = BlockInputs.embed(model, calibrationTokens);
 * for (int b = 0; b < model.blocks().size(); b++) {
 *     inputs.observe(b, statistics);   // the (dense) block's linear inputs
 *     ...prune block b...
 *     inputs.advance(b);              // through the pruned block
 * }
 * }</pre>
 */
public final class BlockInputs {

    private final MiniLm model;
    private final List<TokenBatch> batches = new ArrayList<>();
    private final List<float[]> states = new ArrayList<>();
    private final Workspace work = new Workspace();
    private final int tokens;

    private BlockInputs(MiniLm model, List<int[]> sentences) {
        this.model = model;
        int total = 0;
        int first = 0;
        while (first < sentences.size()) {
            int end = first;
            int rows = 0;
            while (end < sentences.size()
                    && (end == first || rows + sentences.get(end).length <= SentenceEncoder.CHUNK_ROWS)) {
                rows += sentences.get(end).length;
                end++;
            }
            TokenBatch batch = TokenBatch.packed(sentences.subList(first, end));
            model.embed(batch, work);
            batches.add(batch);
            states.add(Arrays.copyOf(work.hidden, rows * MiniLm.HIDDEN));
            total += rows;
            first = end;
        }
        this.tokens = total;
    }

    /**
     * The embedded tokens: the input of block 0.
     *
     * @param model the model whose blocks will be run (read at each call, so blocks replaced meanwhile count)
     * @param sentences token ids per sentence
     */
    public static BlockInputs embed(MiniLm model, List<int[]> sentences) {
        return new BlockInputs(model, sentences);
    }

    /** Tokens held ({@code [CLS]} and {@code [SEP]} included). */
    public int tokens() {
        return tokens;
    }

    /**
     * Runs block {@code index} on the held states without keeping its output, reporting the input of each
     * of its linear layers.
     */
    public void observe(int index, LinearInputs inputs) {
        run(index, inputs, false);
    }

    /** Replaces the held states by block {@code index}'s output: the input of the next block. */
    public void advance(int index) {
        run(index, null, true);
    }

    private void run(int index, LinearInputs inputs, boolean keep) {
        EncoderBlock block = model.blocks().get(index);
        for (int i = 0; i < batches.size(); i++) {
            TokenBatch batch = batches.get(i);
            float[] state = states.get(i);
            work.ensure(batch, model);
            System.arraycopy(state, 0, work.hidden, 0, state.length);
            block.forward(work, batch, inputs);
            if (keep) {
                System.arraycopy(work.hidden, 0, state, 0, state.length);
            }
        }
    }
}
