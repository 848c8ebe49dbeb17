package dev.prunelab.practice.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * How close two texts are in meaning: cosine similarity of sentence embeddings. Lexical matching ({@link Phrase})
 * needs the rubric's words; this catches paraphrases that share none of them. Implementations are thread-safe.
 */
interface Meaning {

    /** Normalised embeddings of the texts, one row each, in order. */
    float[][] embed(List<String> texts);

    /**
     * Embeddings of sentences and of parts of them (clauses). By default each is embedded on its own; an encoder may
     * pool a part's tokens from its sentence's pass instead.
     *
     * @return for each sentence its vector, then one per part
     */
    default List<float[][]> embedWithParts(List<String> sentences, List<List<String>> parts) {
        List<String> all = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            all.add(sentences.get(s));
            all.addAll(parts.get(s));
        }
        float[][] vectors = embed(all);
        List<float[][]> out = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < sentences.size(); s++) {
            float[][] own = new float[1 + parts.get(s).size()][];
            for (int i = 0; i < own.length; i++) {
                own[i] = vectors[next++];
            }
            out.add(own);
        }
        return out;
    }

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
