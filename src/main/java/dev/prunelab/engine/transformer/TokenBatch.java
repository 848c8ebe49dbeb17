package dev.prunelab.engine.transformer;

import java.util.List;

/**
 * Where each sentence of a batch sits in the encoder's row-major activations. Every sentence has a slot
 * of consecutive rows: its real tokens first, then (in the padded layout) {@code [PAD]} rows up to the
 * batch's longest sentence, as a padded tensor lays them out.
 *
 * <p>Padding never changes a real token's result: attention gives padded keys probability exactly 0, and
 * every other operation works row by row. So the encoder skips padded keys, and the packed layout (slots
 * as long as their sentences) does the same arithmetic on the real tokens with no padding at all.
 */
final class TokenBatch {

    /** Token id of {@code [PAD]}. */
    static final int PAD = 0;

    private final List<int[]> tokens;
    private final int[] rowStart;
    private final int[] slotRows;
    private final int rows;

    private TokenBatch(List<int[]> tokens, boolean padded) {
        this.tokens = tokens;
        this.rowStart = new int[tokens.size()];
        this.slotRows = new int[tokens.size()];
        int longest = tokens.stream().mapToInt(t -> t.length).max().orElse(0);
        int row = 0;
        for (int s = 0; s < tokens.size(); s++) {
            rowStart[s] = row;
            slotRows[s] = padded ? longest : tokens.get(s).length;
            row += slotRows[s];
        }
        this.rows = row;
    }

    /** Each sentence padded to the longest of the batch (the layout of a padded tensor). */
    static TokenBatch padded(List<int[]> tokens) {
        return new TokenBatch(tokens, true);
    }

    /** Sentences back to back, no padding. */
    static TokenBatch packed(List<int[]> tokens) {
        return new TokenBatch(tokens, false);
    }

    int sentences() {
        return tokens.size();
    }

    /** Total rows of the activations. */
    int rows() {
        return rows;
    }

    /** The sentence's tokens ({@code [CLS]} … {@code [SEP]}). */
    int[] tokens(int sentence) {
        return tokens.get(sentence);
    }

    /** Real tokens of the sentence. */
    int length(int sentence) {
        return tokens.get(sentence).length;
    }

    int rowStart(int sentence) {
        return rowStart[sentence];
    }

    /** Rows of the sentence's slot: its length, plus padding in the padded layout. */
    int slotRows(int sentence) {
        return slotRows[sentence];
    }

    /** Rows of the longest slot. */
    int longestSlot() {
        int longest = 0;
        for (int r : slotRows) {
            longest = Math.max(longest, r);
        }
        return longest;
    }

    /** Rows that hold real tokens. */
    int realRows() {
        return tokens.stream().mapToInt(t -> t.length).sum();
    }
}
