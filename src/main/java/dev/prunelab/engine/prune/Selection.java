package dev.prunelab.engine.prune;

import java.util.Arrays;

/** Picks the k lowest-scored candidates, deterministically (ties go to the lower index). */
final class Selection {

    private Selection() {
    }

    /**
     * @param scores one score per candidate
     * @param candidate which entries may be picked
     * @param k how many to pick, at most the number of candidates
     * @return a flag per entry, true for the picked ones
     */
    static boolean[] lowest(float[] scores, boolean[] candidate, int k) {
        boolean[] picked = new boolean[scores.length];
        if (k == 0) {
            return picked;
        }
        int n = 0;
        float[] candidateScores = new float[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (candidate[i]) {
                candidateScores[n++] = scores[i];
            }
        }
        float[] sorted = Arrays.copyOf(candidateScores, n);
        Arrays.sort(sorted);
        float threshold = sorted[k - 1];
        int below = 0;
        for (int i = 0; i < n; i++) {
            if (sorted[i] < threshold) {
                below++;
            }
        }
        int tiesToTake = k - below;
        for (int i = 0; i < scores.length; i++) {
            if (!candidate[i]) {
                continue;
            }
            if (scores[i] < threshold) {
                picked[i] = true;
            } else if (scores[i] == threshold && tiesToTake > 0) {
                picked[i] = true;
                tiesToTake--;
            }
        }
        return picked;
    }

    /** True where the mask keeps the entry. */
    static boolean[] unpruned(float[] mask) {
        boolean[] kept = new boolean[mask.length];
        for (int i = 0; i < mask.length; i++) {
            kept[i] = mask[i] != 0f;
        }
        return kept;
    }

    static int count(boolean[] flags) {
        int count = 0;
        for (boolean f : flags) {
            if (f) {
                count++;
            }
        }
        return count;
    }
}
