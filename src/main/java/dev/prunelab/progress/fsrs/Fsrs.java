package dev.prunelab.progress.fsrs;

import dev.prunelab.account.DesiredRetention;
import java.util.Arrays;

/**
 * The FSRS-5 spaced-repetition model (Free Spaced Repetition Scheduler, open-spaced-repetition project),
 * implemented from its published formulas with its published default parameters.
 *
 * <ul>
 *   <li>Forgetting curve: {@code R(t, S) = (1 + F·t/S)^D} with decay {@code D = −0.5} and
 *       {@code F = 0.9^(1/D) − 1 = 19/81}, so {@code R(S, S) = 0.9}.</li>
 *   <li>Interval for desired retention r: {@code I(r, S) = S/F · (r^(1/D) − 1)} — equal to S when r = 0.9.</li>
 *   <li>First review: {@code S₀(G) = w[G−1]}, {@code D₀(G) = w4 − e^(w5·(G−1)) + 1}.</li>
 *   <li>Difficulty: {@code D' = w7·D₀(4) + (1 − w7)·(D + ΔD·(10 − D)/9)} with {@code ΔD = −w6·(G − 3)}.</li>
 *   <li>Recall: {@code S' = S·(e^w8·(11 − D)·S^−w9·(e^(w10·(1 − R)) − 1)·h·b + 1)} with the Hard penalty
 *       {@code h = w15} and the Easy bonus {@code b = w16}.</li>
 *   <li>Lapse: {@code S' = min(w11·D^−w12·((S + 1)^w13 − 1)·e^(w14·(1 − R)), S / e^(w17·w18))}.</li>
 *   <li>Same-day review: {@code S' = S·e^(w17·(G − 3 + w18))}.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class Fsrs {

    /** FSRS-5's default parameters w0…w18. */
    public static final double[] DEFAULT_WEIGHTS = {
        0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11,
        0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621
    };

    public static final double DECAY = -0.5;
    public static final double FACTOR = 19.0 / 81.0;
    public static final int MAX_INTERVAL_DAYS = 36500;
    private static final double MIN_STABILITY = 0.01;

    private final double[] w;

    /** FSRS with the default parameters. */
    public Fsrs() {
        this(DEFAULT_WEIGHTS);
    }

    /** FSRS with custom parameters (19 finite numbers, as an optimiser would produce). */
    public Fsrs(double[] weights) {
        if (weights == null || weights.length != 19 || Arrays.stream(weights).anyMatch(x -> !Double.isFinite(x))) {
            throw new IllegalArgumentException("weights must be 19 finite numbers, got "
                    + (weights == null ? "null" : weights.length + " values"));
        }
        this.w = weights.clone();
    }

    /** Probability of recall {@code t} days after a review that left stability {@code s}. */
    public static double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + FACTOR * Math.max(0, elapsedDays) / stability, DECAY);
    }

    /**
     * Days until recall probability falls to {@code desiredRetention}, rounded and kept within 1 … 36500.
     *
     * @throws IllegalArgumentException if desiredRetention is outside [0.7, 0.99]
     */
    public static int intervalDays(double stability, double desiredRetention) {
        DesiredRetention.check(desiredRetention);
        double interval = stability / FACTOR * (Math.pow(desiredRetention, 1 / DECAY) - 1);
        return (int) Math.max(1, Math.min(MAX_INTERVAL_DAYS, Math.round(interval)));
    }

    /** The memory state after the very first review of a card. */
    public MemoryState first(Grade grade) {
        return new MemoryState(Math.max(w[grade.value() - 1], 0.1), initialDifficulty(grade));
    }

    /**
     * The memory state after reviewing a card again.
     *
     * @param previous    the state after the last review
     * @param elapsedDays days since the last review (a fraction under 1 counts as a same-day review)
     * @param grade       how well it was recalled
     */
    public MemoryState next(MemoryState previous, double elapsedDays, Grade grade) {
        double s = previous.stability();
        double d = previous.difficulty();
        double stability;
        if (elapsedDays < 1) {
            stability = s * Math.exp(w[17] * (grade.value() - 3 + w[18]));
        } else {
            double r = retrievability(elapsedDays, s);
            stability = grade == Grade.AGAIN ? lapseStability(d, s, r) : recallStability(d, s, r, grade);
        }
        return new MemoryState(
                Math.max(MIN_STABILITY, Math.min(MAX_INTERVAL_DAYS, stability)), nextDifficulty(d, grade));
    }

    private double initialDifficulty(Grade grade) {
        return clampDifficulty(w[4] - Math.exp(w[5] * (grade.value() - 1)) + 1);
    }

    private double nextDifficulty(double d, Grade grade) {
        double delta = -w[6] * (grade.value() - 3);
        double damped = d + delta * (10 - d) / 9;
        double easyTarget = w[4] - Math.exp(w[5] * 3) + 1;
        return clampDifficulty(w[7] * easyTarget + (1 - w[7]) * damped);
    }

    private double recallStability(double d, double s, double r, Grade grade) {
        double hardPenalty = grade == Grade.HARD ? w[15] : 1;
        double easyBonus = grade == Grade.EASY ? w[16] : 1;
        return s
                * (Math.exp(w[8])
                                * (11 - d)
                                * Math.pow(s, -w[9])
                                * (Math.exp(w[10] * (1 - r)) - 1)
                                * hardPenalty
                                * easyBonus
                        + 1);
    }

    private double lapseStability(double d, double s, double r) {
        double forgot = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        return Math.min(forgot, s / Math.exp(w[17] * w[18]));
    }

    private static double clampDifficulty(double d) {
        return Math.max(1, Math.min(10, d));
    }
}
