package dev.prunelab.practice.feedback;

import java.util.List;

/**
 * How close two texts are in meaning: cosine similarity of sentence embeddings. Lexical matching ({@link Phrase})
 * needs the rubric's words; this catches paraphrases that share none of them. Implementations are thread-safe.
 */
interface Meaning {

    /** Normalised embeddings of the texts, one row each, in order. */
    float[][] embed(List<String> texts);

    /** No embeddings: similarity by words alone. */
    Meaning NONE = texts -> new float[texts.size()][0];

    /** The cosine of two normalised vectors; 0 when either is empty. */
    static double cosine(float[] a, float[] b) {
        if (a.length == 0 || b.length != a.length) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
