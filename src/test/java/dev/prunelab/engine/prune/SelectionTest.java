package dev.prunelab.engine.prune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void kthSmallestAgreesWithSortingOnRandomScoresWithTiesAndSignedZeros() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(400);
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                // few distinct values in some trials (many ties), signed zeros in all
                int kind = random.nextInt(10);
                values[i] = kind == 0
                        ? -0f
                        : kind == 1 ? 0f : trial % 3 == 0 ? random.nextInt(4) : (float) random.nextGaussian();
            }
            float[] sorted = values.clone();
            Arrays.sort(sorted);
            int index = random.nextInt(n);
            assertEquals(sorted[index], Selection.kthSmallest(values.clone(), n, index), "trial " + trial);
        }
    }

    @Test
    void lowestPicksExactlyKAndBreaksTiesTowardTheLowerIndex() {
        float[] scores = {3f, 1f, 2f, 1f, 1f, 5f};
        boolean[] all = {true, true, true, true, true, true};
        assertArrayEquals(new boolean[] {false, true, false, true, false, false}, Selection.lowest(scores, all, 2));
        boolean[] notSecond = {true, false, true, true, true, true};
        assertArrayEquals(
                new boolean[] {false, false, true, true, true, false}, Selection.lowest(scores, notSecond, 3));
    }
}
