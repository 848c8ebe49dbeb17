package dev.prunelab.engine.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RadixArgsortTest {

    @Test
    void ordersLikeAStableComparisonSort() {
        SplittableRandom random = new SplittableRandom(3);
        float[] values = new float[500];
        for (int i = 0; i < values.length; i++) {
            // negatives, large magnitudes and many ties
            values[i] = i % 3 == 0
                    ? random.nextInt(5)
                    : (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-3, 6)));
        }
        int[] expected = IntStream.range(0, values.length)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> values[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        int[] actual = Arrays.copyOf(new RadixArgsort(values.length).sort(values, 0, 1, values.length), values.length);
        assertArrayEquals(expected, actual);
    }

    @Test
    void readsStridedColumns() {
        float[] rowMajor = {3, 10, 1, 20, 2, 30}; // column 0: 3, 1, 2
        assertArrayEquals(new int[] {1, 2, 0}, Arrays.copyOf(new RadixArgsort(3).sort(rowMajor, 0, 2, 3), 3));
    }
}
