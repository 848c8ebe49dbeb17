package dev.prunelab.practice.feedback;

/**
 * Decides whether a claim states a misconception: a logistic model over what the claim shows about it
 * ({@link RubricMatcher.Signals}), fitted on the tuning part of the graded set, with a threshold chosen so that no
 * tuning answer without a misconception gets one flagged. It only sees claims that passed the two hard gates before it:
 * the claim mentions the misconception's crux ({@link Crux}) and it is not framed as an error or a belief
 * ({@link Stance#REFUTES}).
 *
 * <p>{@code p = σ(bias + cosAsserted·wCos + lexAsserted·wLex + cosCounter·wCounter + lexCounter·wLexCounter
 * + margin·wMargin + explanation·wExplanation + absoluteMismatch·wAbsolute)}, where margin is how much closer the claim
 * is to this misconception than to any other of the rubric.
 */
record MisconceptionModel(
        double bias,
        double cos,
        double lex,
        double counter,
        double lexCounter,
        double margin,
        double explanation,
        double absoluteMismatch,
        double threshold) {

    static final MisconceptionModel FITTED = new MisconceptionModel(-9.0, 6.0, 4.0, -2.0, -3.0, 4.0, 0.5, -1.0, 0.6);

    double probability(RubricMatcher.Signals s, double marginOverOthers, double explanationScore) {
        double z = bias
                + cos * s.cosAsserted()
                + lex * s.lexAsserted()
                + counter * s.cosCounter()
                + lexCounter * s.lexCounter()
                + margin * marginOverOthers
                + explanation * explanationScore
                + absoluteMismatch * (s.absoluteMismatch() ? 1 : 0);
        return 1 / (1 + Math.exp(-z));
    }

    boolean states(RubricMatcher.Signals s, double marginOverOthers, double explanationScore) {
        return s.cosAsserted() > 0 && probability(s, marginOverOthers, explanationScore) >= threshold;
    }
}
