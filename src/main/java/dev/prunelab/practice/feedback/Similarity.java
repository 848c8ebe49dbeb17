package dev.prunelab.practice.feedback;

import java.util.List;

/**
 * How close a claim is to a reference phrase: by words ({@link Phrase#similarity}, IDF-weighted stem and stem-pair
 * recall) and by meaning (cosine of sentence embeddings, mapped from [{@link #COSINE_FLOOR}, {@link #COSINE_FULL}]
 * onto [0, 1]), whichever says more, with the meaning side weighted by {@link #MEANING_SHARE}. Without embeddings
 * it is the lexical similarity alone.
 */
final class Similarity {

    /** Similarity below which a sentence earns nothing, and from which it earns full credit. */
    static final double LOW = 0.22, HIGH = 0.5;

    static final double COSINE_FLOOR = 0.35, COSINE_FULL = 0.8, MEANING_SHARE = 0.9;

    private final TermWeights weights;
    private final boolean leaveOneOut;

    /**
     * @param leaveOneOut for tuning only: a reference identical to the claim counts as unrelated, so a rubric that
     *                    holds a test sentence among its wordings is scored as if it did not
     */
    Similarity(TermWeights weights, boolean leaveOneOut) {
        this.weights = weights;
        this.leaveOneOut = leaveOneOut;
    }

    double between(Unit unit, Reference reference) {
        if (leaveOneOut && unit.claim() != null && unit.claim().text().equals(reference.text())) {
            return 0;
        }
        double lexical = unit.phrase().similarity(reference.phrase(), weights);
        double cosine = Meaning.cosine(unit.vector(), reference.vector());
        if (unit.vector().length == 0) {
            return lexical;
        }
        double meaning = AnalysedSentence.clamp((cosine - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR));
        return Math.max(lexical, MEANING_SHARE * meaning);
    }

    /** The cosine of the embeddings alone (0 without embeddings, or for an identical text when leaving one out). */
    double cosine(Unit unit, Reference reference) {
        if (leaveOneOut && unit.claim() != null && unit.claim().text().equals(reference.text())) {
            return 0;
        }
        return Meaning.cosine(unit.vector(), reference.vector());
    }

    /** The lexical similarity alone. */
    double lexical(Unit unit, Reference reference) {
        if (leaveOneOut && unit.claim() != null && unit.claim().text().equals(reference.text())) {
            return 0;
        }
        return unit.phrase().similarity(reference.phrase(), weights);
    }

    /** The best similarity of a unit to any of the references. */
    double best(Unit unit, List<Reference> references) {
        double best = 0;
        for (Reference reference : references) {
            best = Math.max(best, between(unit, reference));
        }
        return best;
    }

    /** The best similarity of one reference (read as a claim) to any of the others. */
    double best(Reference text, List<Reference> references) {
        return best(new Unit(null, text.phrase(), text.vector(), 1), references);
    }

    /** Credit for a similarity: 0 at {@link #LOW} rising to 1 at {@link #HIGH}. */
    static double ramp(double similarity) {
        return AnalysedSentence.clamp((similarity - LOW) / (HIGH - LOW));
    }
}
