package dev.prunelab.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic stratified partitions: every class is shuffled on its own with a {@link SplittableRandom}
 * seeded by {@code seed}, so each part keeps the class proportions and the same seed always gives the
 * same rows.
 *
 * <pre>{@code
 * Split split = Splits.stratifiedTrainTest(Datasets.load("digits"), 0.2, 0);  // 80/20 per class
 * List<Split> folds = Splits.stratifiedKFold(Datasets.load("wine"), 5, 0);    // 5 validation folds
 * }</pre>
 */
public final class Splits {

    private Splits() {}

    /**
     * Splits off {@code round(classCount * testFraction)} samples of every class as the test set.
     *
     * @param testFraction share of each class held out, in (0, 1)
     * @throws IllegalArgumentException if {@code testFraction} is outside (0, 1) or leaves either part empty
     */
    public static Split stratifiedTrainTest(Dataset dataset, double testFraction, long seed) {
        Require.notNull("dataset", dataset);
        Require.openFraction("testFraction", testFraction);
        int[] testPart = new int[dataset.rows()];
        int[][] byClass = shuffledRowsByClass(dataset, seed);
        for (int[] rows : byClass) {
            int testCount = (int) Math.round(rows.length * testFraction);
            for (int i = 0; i < testCount; i++) {
                testPart[rows[i]] = 1;
            }
        }
        return partition(dataset, testPart, 1, "testFraction " + testFraction);
    }

    /**
     * Stratified k-fold cross-validation: each class's shuffled rows are dealt to the folds in turn
     * (continuing across classes, so fold sizes differ by at most one). Split {@code i} holds fold
     * {@code i} out.
     *
     * @param folds number of folds, in [2, rows]
     * @return {@code folds} splits, every row held out exactly once
     * @throws IllegalArgumentException if {@code folds} is outside [2, rows]
     */
    public static List<Split> stratifiedKFold(Dataset dataset, int folds, long seed) {
        Require.notNull("dataset", dataset);
        Require.inRange("folds", folds, 2, dataset.rows());
        int[] foldOfRow = new int[dataset.rows()];
        int next = 0;
        for (int[] rows : shuffledRowsByClass(dataset, seed)) {
            for (int row : rows) {
                foldOfRow[row] = next;
                next = (next + 1) % folds;
            }
        }
        List<Split> splits = new ArrayList<>(folds);
        for (int fold = 0; fold < folds; fold++) {
            splits.add(partition(dataset, foldOfRow, fold, "folds " + folds));
        }
        return splits;
    }

    private static int[][] shuffledRowsByClass(Dataset dataset, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] counts = dataset.classCounts();
        int[][] byClass = new int[dataset.classes()][];
        int[] filled = new int[dataset.classes()];
        for (int c = 0; c < byClass.length; c++) {
            byClass[c] = new int[counts[c]];
        }
        for (int row = 0; row < dataset.rows(); row++) {
            int label = dataset.label(row);
            byClass[label][filled[label]++] = row;
        }
        for (int[] rows : byClass) {
            for (int i = rows.length - 1; i > 0; i--) { // Fisher-Yates
                int j = random.nextInt(i + 1);
                int swap = rows[i];
                rows[i] = rows[j];
                rows[j] = swap;
            }
        }
        return byClass;
    }

    private static Split partition(Dataset dataset, int[] partOfRow, int heldOutPart, String cause) {
        int[] trainRows = new int[dataset.rows()];
        int[] testRows = new int[dataset.rows()];
        int trainCount = 0;
        int testCount = 0;
        for (int row = 0; row < dataset.rows(); row++) {
            if (partOfRow[row] == heldOutPart) {
                testRows[testCount++] = row;
            } else {
                trainRows[trainCount++] = row;
            }
        }
        if (trainCount == 0 || testCount == 0) {
            throw new IllegalArgumentException(cause + " leaves the " + (trainCount == 0 ? "training" : "held-out")
                    + " part of " + dataset.name() + " (" + dataset.rows() + " rows) empty");
        }
        trainRows = Arrays.copyOf(trainRows, trainCount);
        testRows = Arrays.copyOf(testRows, testCount);
        return new Split(dataset.subset(trainRows), dataset.subset(testRows), trainRows, testRows);
    }
}
