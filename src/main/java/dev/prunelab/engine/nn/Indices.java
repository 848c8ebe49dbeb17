package dev.prunelab.engine.nn;

/** Index helpers for selecting rows and columns. */
public final class Indices {

    private Indices() {}

    /** {@code [0, 1, ..., n-1]}. */
    public static int[] all(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }
}
