package dev.prunelab.engine.transformer.prune;

import dev.prunelab.engine.transformer.SentenceEncoder;

/**
 * Retrieval quality of sentence embeddings: each query (a flashcard front) ranks all documents (the backs)
 * by cosine; its own back should come first. The rank is 1 + the number of documents scoring strictly
 * higher than the right one.
 *
 * @param recallAt1 share of queries whose right document ranks first
 * @param recallAt5 share ranked in the top 5
 * @param meanReciprocalRank mean of 1/rank
 */
public record Retrieval(double recallAt1, double recallAt5, double meanReciprocalRank) {

    /**
     * @param queries normalised query vectors
     * @param documents normalised document vectors, document i the right one for query i
     */
    public static Retrieval of(float[][] queries, float[][] documents) {
        if (queries.length != documents.length || queries.length == 0) {
            throw new IllegalArgumentException("queries and documents must be equally many and some, got "
                    + queries.length + " and " + documents.length);
        }
        int top1 = 0;
        int top5 = 0;
        double reciprocal = 0;
        for (int q = 0; q < queries.length; q++) {
            double right = SentenceEncoder.dot(queries[q], documents[q]);
            int rank = 1;
            for (float[] document : documents) {
                if (SentenceEncoder.dot(queries[q], document) > right) {
                    rank++;
                }
            }
            top1 += rank <= 1 ? 1 : 0;
            top5 += rank <= 5 ? 1 : 0;
            reciprocal += 1.0 / rank;
        }
        int n = queries.length;
        return new Retrieval((double) top1 / n, (double) top5 / n, reciprocal / n);
    }

    /** Mean over i of cos(a_i, b_i), for normalised vectors. */
    public static double meanCosine(float[][] a, float[][] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += SentenceEncoder.dot(a[i], b[i]);
        }
        return sum / a.length;
    }
}
