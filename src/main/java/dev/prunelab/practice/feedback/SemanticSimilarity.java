package dev.prunelab.practice.feedback;

import java.util.List;

/**
 * An optional second opinion on how close a sentence is to each key point, e.g. from a sentence-embedding
 * model. The engine ships without one (see the package documentation for the measurement behind that); the
 * hook stays so a model can be tried again on a larger calibration set.
 */
interface SemanticSimilarity {

    /**
     * Prepares for one rubric.
     *
     * @param references each point's reference texts (its text, then its paraphrases), in rubric order
     */
    Scorer prepare(List<List<String>> references);

    /** Scores sentences against the prepared points. */
    interface Scorer {
        /** The similarity (0–1) of the sentence to each point, in the order given to {@link #prepare}. */
        double[] similarities(String sentence);
    }
}
