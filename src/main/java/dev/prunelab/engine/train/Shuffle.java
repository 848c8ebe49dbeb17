package dev.prunelab.engine.train;

import dev.prunelab.engine.tensor.Matrix;
import java.util.SplittableRandom;

/** Seeded row shuffling and batch gathering for {@link Trainer}. */
public final class Shuffle {

    private Shuffle() {}

    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /**
     * A seeded random permutation of {@code 0..n-1}, e.g. the fixed shuffle before a train/test cut.
     *
     * @param n size, >= 0
     */
    public static int[] permutation(int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        int[] order = identity(n);
        permute(order, new SplittableRandom(seed));
        return order;
    }

    /** Fisher-Yates with the run's generator: the same seed gives the same epochs. */
    static void permute(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Copies rows {@code order[start .. start+batch.rows)} into the batch and its labels. */
    static void gather(Samples data, int[] order, int start, Matrix batch, int[] labels) {
        int width = data.width();
        for (int r = 0; r < batch.rows; r++) {
            int row = order[start + r];
            System.arraycopy(data.features(), row * width, batch.data, r * width, width);
            labels[r] = data.labels()[row];
        }
    }
}
