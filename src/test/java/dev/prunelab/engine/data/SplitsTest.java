package dev.prunelab.engine.data;

import static dev.prunelab.engine.data.ArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitsTest {

    private static final Dataset DIGITS = Datasets.load("digits");

    @Test
    void trainTestSplitKeepsClassProportionsAndCoversEveryRowOnce() {
        Split split = Splits.stratifiedTrainTest(DIGITS, 0.2, 0);
        int[] testCounts = split.test().classCounts();
        int[] allCounts = DIGITS.classCounts();
        for (int c = 0; c < DIGITS.classes(); c++) {
            assertEquals(Math.round(allCounts[c] * 0.2), testCounts[c]);
        }
        assertEachRowOnce(List.of(split.trainRows(), split.testRows()), DIGITS.rows());
        assertEquals(DIGITS.label(split.testRows()[0]), split.test().label(0));
    }

    @Test
    void sameSeedGivesTheSameSplit() {
        assertArrayEquals(
                Splits.stratifiedTrainTest(DIGITS, 0.2, 42).testRows(),
                Splits.stratifiedTrainTest(DIGITS, 0.2, 42).testRows());
        assertArrayEquals(
                Splits.stratifiedKFold(DIGITS, 5, 1).get(3).testRows(),
                Splits.stratifiedKFold(DIGITS, 5, 1).get(3).testRows());
    }

    @Test
    void kFoldHoldsEveryRowOutOnceWithBalancedFolds() {
        List<Split> folds = Splits.stratifiedKFold(Datasets.load("wine"), 5, 0);
        assertEquals(5, folds.size());
        assertEachRowOnce(folds.stream().map(Split::testRows).toList(), 178);
        for (Split fold : folds) {
            assertTrue(fold.test().rows() == 35 || fold.test().rows() == 36);
            assertEquals(178, fold.train().rows() + fold.test().rows());
            for (int count : fold.test().classCounts()) {
                assertTrue(count >= 9 && count <= 15, "each class is spread over the folds");
            }
        }
    }

    @Test
    void badFractionsAndFoldCountsAreRejected() {
        assertMessage("testFraction must be in (0, 1), got 1.2", () -> Splits.stratifiedTrainTest(DIGITS, 1.2, 0));
        assertMessage("testFraction must be in (0, 1), got 0.0", () -> Splits.stratifiedTrainTest(DIGITS, 0, 0));
        assertMessage(
                "testFraction 1.0E-4 leaves the held-out part of digits (1797 rows) empty",
                () -> Splits.stratifiedTrainTest(DIGITS, 1e-4, 0));
        assertMessage("folds must be in [2, 1797], got 1", () -> Splits.stratifiedKFold(DIGITS, 1, 0));
        assertMessage("dataset must not be null", () -> Splits.stratifiedKFold(null, 3, 0));
    }

    private static void assertEachRowOnce(List<int[]> parts, int rows) {
        int[] seen = new int[rows];
        for (int[] part : parts) {
            for (int row : part) {
                seen[row]++;
            }
        }
        for (int count : seen) {
            assertEquals(1, count);
        }
    }
}
