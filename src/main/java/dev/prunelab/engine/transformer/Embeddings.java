package dev.prunelab.engine.transformer;

/**
 * BERT's input layer: {@code LayerNorm(word[id] + position[t] + tokenType[0])} per token. Never pruned,
 * so pruned copies of a model share it.
 *
 * @param words vocabulary × hidden
 * @param positions max positions × hidden
 * @param tokenTypes segment embeddings (single sentences use only the first, segment A)
 * @param gamma LayerNorm scale
 * @param beta LayerNorm shift
 */
record Embeddings(float[] words, float[] positions, float[] tokenTypes, float[] gamma, float[] beta) {

    private static final float LAYER_NORM_EPSILON = 1e-12f;

    int vocabularySize() {
        return words.length / MiniLm.HIDDEN;
    }

    int maxPositions() {
        return positions.length / MiniLm.HIDDEN;
    }

    long parameters() {
        return (long) words.length + positions.length + tokenTypes.length + gamma.length + beta.length;
    }

    /** Fills {@code hidden} with the embedded tokens of every slot ({@code [PAD]} in padding rows). */
    void embed(TokenBatch batch, float[] hidden) {
        int width = MiniLm.HIDDEN;
        for (int s = 0; s < batch.sentences(); s++) {
            int[] tokens = batch.tokens(s);
            int start = batch.rowStart(s);
            for (int t = 0; t < batch.slotRows(s); t++) {
                int id = t < tokens.length ? tokens[t] : TokenBatch.PAD;
                int row = (start + t) * width;
                int word = id * width;
                int position = t * width;
                for (int c = 0; c < width; c++) {
                    hidden[row + c] = words[word + c] + tokenTypes[c] + positions[position + c];
                }
            }
        }
        TransformerMath.addLayerNorm(hidden, null, batch.rows(), gamma, beta, LAYER_NORM_EPSILON);
    }
}
