package dev.prunelab.engine.prune;

/** Picks the k lowest-scored candidates, deterministically (ties go to the lower index). */
final class Selection {

    private Selection() {}

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
        float threshold = kthSmallest(candidateScores, n, k - 1);
        int below = 0;
        for (int i = 0; i < n; i++) {
            if (candidateScores[i] < threshold) {
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

    /**
     * The value {@code Arrays.sort} would put at {@code index} among the first {@code n} values, found by
     * quickselect with three-way partitions (expected linear time, robust to many equal scores). Reorders
     * those values.
     */
    static float kthSmallest(float[] values, int n, int index) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            float pivot = medianOfThree(values[lo], values[lo + (hi - lo) / 2], values[hi]);
            // values[lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot, in Arrays.sort's order
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                int c = Float.compare(values[i], pivot);
                if (c < 0) {
                    swap(values, lt++, i++);
                } else if (c > 0) {
                    swap(values, i, gt--);
                } else {
                    i++;
                }
            }
            if (index < lt) {
                hi = lt - 1;
            } else if (index > gt) {
                lo = gt + 1;
            } else {
                return pivot;
            }
        }
        return values[lo];
    }

    private static float medianOfThree(float a, float b, float c) {
        if (Float.compare(a, b) > 0) {
            float t = a;
            a = b;
            b = t;
        }
        if (Float.compare(b, c) > 0) {
            b = c;
        }
        return Float.compare(a, b) > 0 ? a : b;
    }

    private static void swap(float[] values, int i, int j) {
        float t = values[i];
        values[i] = values[j];
        values[j] = t;
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
