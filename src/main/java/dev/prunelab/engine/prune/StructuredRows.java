package dev.prunelab.engine.prune;

import java.util.Arrays;

/**
 * Prunes whole rows (neurons or filters) by the Ln norm of their scores: the rows still alive are
 * the candidates; a pruned row becomes all zeros, so {@link Shrinker} can remove it physically.
 */
final class StructuredRows implements PruningMethod {

    private final int norm;

    StructuredRows(int norm) {
        if (norm != 1 && norm != 2) {
            throw new IllegalArgumentException("norm must be 1 or 2, got " + norm);
        }
        this.norm = norm;
    }

    @Override
    public boolean removesRows() {
        return true;
    }

    @Override
    public float[] computeMask(float[] scores, float[] currentMask, int rows, int cols, Amount amount) {
        float[] rowScores = new float[rows];
        boolean[] aliveRows = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                double s = Math.abs(scores[i]) * currentMask[i];
                sum += norm == 1 ? s : s * s;
                aliveRows[r] |= currentMask[i] != 0f;
            }
            rowScores[r] = (float) (norm == 1 ? sum : Math.sqrt(sum));
        }
        int k = amount.resolve(Selection.count(aliveRows));
        boolean[] prunedRows = Selection.lowest(rowScores, aliveRows, k);
        float[] mask = currentMask.clone();
        for (int r = 0; r < rows; r++) {
            if (prunedRows[r]) {
                Arrays.fill(mask, r * cols, (r + 1) * cols, 0f);
            }
        }
        return mask;
    }
}
