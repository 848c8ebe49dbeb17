package dev.prunelab.engine.transformer;

/**
 * The activations of one forward pass, reused from batch to batch so the hot loop allocates nothing.
 * One workspace serves one thread at a time; arrays grow to the largest batch seen.
 */
final class Workspace {

    float[] hidden = new float[0];
    float[] query = new float[0];
    float[] key = new float[0];
    float[] value = new float[0];
    float[] context = new float[0];
    float[] projected = new float[0];
    float[] intermediate = new float[0];
    /** Attention scores of one sentence and head: slot rows × keys. */
    float[] scores = new float[0];
    /** One sentence's queries, keys, values and context for one head, each rows × head dim. */
    float[] headQuery = new float[0];

    float[] headKey = new float[0];
    float[] headValue = new float[0];
    float[] headContext = new float[0];

    /** Grows the arrays for a batch of the given model. */
    void ensure(TokenBatch batch, MiniLm model) {
        int rows = batch.rows();
        int longest = batch.longestSlot();
        int hiddenSize = rows * MiniLm.HIDDEN;
        int attentionSize = rows * model.widestAttention();
        int ffnSize = rows * model.widestFeedForward();
        hidden = atLeast(hidden, hiddenSize);
        projected = atLeast(projected, hiddenSize);
        query = atLeast(query, attentionSize);
        key = atLeast(key, attentionSize);
        value = atLeast(value, attentionSize);
        context = atLeast(context, attentionSize);
        intermediate = atLeast(intermediate, ffnSize);
        scores = atLeast(scores, longest * longest);
        int headSize = EncoderBlock.HEAD_DIM * longest;
        headQuery = atLeast(headQuery, headSize);
        headKey = atLeast(headKey, headSize);
        headValue = atLeast(headValue, headSize);
        headContext = atLeast(headContext, headSize);
    }

    /** Bytes held by the arrays. */
    long bytes() {
        return 4L
                * (hidden.length
                        + query.length
                        + key.length
                        + value.length
                        + context.length
                        + projected.length
                        + intermediate.length
                        + scores.length
                        + 4L * headQuery.length);
    }

    private static float[] atLeast(float[] array, int size) {
        return array.length >= size ? array : new float[size];
    }
}
