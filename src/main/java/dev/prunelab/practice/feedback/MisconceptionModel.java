package dev.prunelab.practice.feedback;

/**
 * Decides whether a claim states a misconception: a logistic model over what the claim shows about it
 * ({@link RubricMatcher.Signals}), fitted on the tuning part of the graded set (misconception test sentences and the
 * claims of graded answers), with the threshold that keeps recall on the tuning answers at 80% or more while flagging
 * the fewest answers that hold no misconception. It only sees claims that passed the two hard gates before it: the
 * claim mentions the misconception's crux ({@link Crux}) and it is not framed as an error or a belief
 * ({@link Stance#REFUTES}).
 *
 * <p>{@code p = σ(bias + w·x)} over: the best cosine and lexical similarity to a wording the claim asserts; the same
 * to the misconception's counterexamples and correction; the margin over the other misconceptions of the rubric; how
 * much of an explanation the claim is; whether the closest wording is absolute while the claim is not; and how much
 * closer the claim is to the wording than to any key point of the rubric and to any correct statement of the rubric
 * (a strong answer says true things about the same topic, and those sit nearer the key points).
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
        double overPoints,
        double overCorrect,
        double threshold) {

    static final MisconceptionModel FITTED =
            new MisconceptionModel(-7.11, 0.45, 5.38, 3.24, -6.55, 2.72, 3.74, -0.51, 4.35, 5.86, 0.7);

    /**
     * What the rest of the rubric says about a claim, shared by all its misconceptions.
     *
     * @param cosPoint   the best cosine of the claim to any key point or paraphrase
     * @param cosCorrect the best cosine of the claim to any misconception's correction or counterexample
     */
    record Context(double cosPoint, double cosCorrect) {}

    double probability(RubricMatcher.Signals s, double marginOverOthers, double explanationScore, Context context) {
        double z = bias
                + cos * s.cosAsserted()
                + lex * s.lexAsserted()
                + counter * s.cosCounter()
                + lexCounter * s.lexCounter()
                + margin * marginOverOthers
                + explanation * explanationScore
                + absoluteMismatch * (s.absoluteMismatch() ? 1 : 0)
                + overPoints * (s.cosAsserted() - context.cosPoint())
                + overCorrect * (s.cosAsserted() - context.cosCorrect());
        return 1 / (1 + Math.exp(-z));
    }

    boolean states(RubricMatcher.Signals s, double marginOverOthers, double explanationScore, Context context) {
        return s.cosAsserted() > 0 && probability(s, marginOverOthers, explanationScore, context) >= threshold;
    }
}
