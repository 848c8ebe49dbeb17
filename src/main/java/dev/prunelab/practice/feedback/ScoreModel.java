package dev.prunelab.practice.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the evidence about an answer into scores on the interviewer's 0–4 scale (4: would pass a senior phone
 * screen on this question; 3 solid; 2 partial; 1 weak; 0 off-topic or wrong).
 *
 * <p>A dimension scores {@code 4 × min(1, coverage / saturation)^curve}, where coverage is the weighted share of its
 * key points made ({@code Σ weight × credit / Σ weight}) and saturation the share an excellent answer of normal length
 * makes (nobody makes every point in the time). Communication averages that with the writing checks.
 *
 * <p>The overall score is a <em>top-weighted</em> mean of the dimension scores: sorted from best to worst, the k-th
 * counts {@code decay^k}. An answer that is precise on one part of the question (only the mathematics, only decision
 * trees) earns a fair share instead of a sixth, and an answer covering everything earns the mean. It is then scaled
 * by relevance (the share of sentences on topic), lowered by {@code penalty} for each misconception stated and scaled
 * by {@code lengthShare^brevity}.
 * The constants are fitted on the graded calibration answers (see the package documentation).
 *
 * @param saturation share of a dimension's point weight that earns the full 4
 * @param curve      below 1, touching part of a dimension earns proportionally more
 * @param decay      weight of each next-best dimension in the overall mean
 * @param penalty    overall points lost per stated misconception
 * @param onTopic    share of on-topic sentences below which every score is scaled down
 * @param brevity    exponent of the length share (words over the time box's shortest good answer, at most 1) that
 *                   scales the overall score: a correct answer far shorter than the time box asks for is a weak one
 */
record ScoreModel(double saturation, double curve, double decay, double penalty, double onTopic, double brevity) {

    static final ScoreModel FITTED = new ScoreModel(1.0, 0.5, 0.6, 0.8, 0.5, 0.75);

    /**
     * What the scores are computed from: per dimension the weighted share of its points made, the writing checks'
     * score for communication (NaN elsewhere) and how many misconceptions were flagged in it; the share of on-topic
     * sentences; the misconceptions flagged in all.
     */
    record Evidence(List<DimensionEvidence> dimensions, double topicalShare, int misconceptions, double lengthShare) {}

    record DimensionEvidence(double coverage, double writing, int flagged) {}

    /** Scores per dimension (as shown) and overall, 0–4, unrounded. */
    record Scores(List<Double> dimensions, double overall) {}

    Scores score(Evidence evidence) {
        double relevance = relevance(evidence.topicalShare());
        List<Double> raw = new ArrayList<>(), shown = new ArrayList<>();
        for (DimensionEvidence d : evidence.dimensions()) {
            double score = dimension(d.coverage());
            if (!Double.isNaN(d.writing())) {
                score = (score + d.writing()) / 2;
            }
            raw.add(score);
            shown.add(Math.max(0, score * relevance - penalty * d.flagged()));
        }
        double overall = overall(raw, relevance, evidence.misconceptions())
                * Math.pow(Math.min(1, Math.max(0, evidence.lengthShare())), brevity);
        return new Scores(shown, overall);
    }

    /** A dimension's score before relevance and misconceptions: 0–4. */
    double dimension(double coverage) {
        return 4 * Math.pow(Math.min(1.0, coverage / saturation), curve);
    }

    /**
     * The relevance factor, 0–1, from the share of on-topic sentences: squared, so an answer that is mostly about
     * something else keeps little of what its few on-topic sentences earned.
     */
    double relevance(double topicalShare) {
        double share = Math.min(1.0, topicalShare / onTopic);
        return share * share;
    }

    /**
     * The overall score: top-weighted mean of the dimension scores, scaled by relevance, less the misconception
     * penalty; 0–4.
     */
    double overall(List<Double> dimensionScores, double relevance, int misconceptions) {
        double[] sorted =
                dimensionScores.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double sum = 0, weights = 0, weight = 1;
        for (int i = sorted.length - 1; i >= 0; i--) {
            sum += weight * sorted[i];
            weights += weight;
            weight *= decay;
        }
        double mean = weights == 0 ? 0 : sum / weights;
        return Math.max(0, Math.min(4, mean * relevance - penalty * misconceptions));
    }
}
