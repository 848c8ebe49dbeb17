package dev.prunelab.practice.feedback;

/**
 * A claim of the answer ready for matching: the {@link Claim}, its stems, its embedding and how explanatory its
 * sentence is ({@link AnalysedSentence#explanation()}).
 */
record Unit(Claim claim, Phrase phrase, float[] vector, double explanation) {

    int sentence() {
        return claim.sentence();
    }
}
