package dev.prunelab.engine.data;

import static dev.prunelab.engine.data.ArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final float[] FOUR_BY_TWO = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final int[] LABELS = {0, 1, 1, 0};

    private static Dataset small() {
        return new Dataset("small", FOUR_BY_TWO, LABELS, 2, 2, List.of(), List.of("no", "yes"));
    }

    @Test
    void subsetPicksRowsInOrder() {
        Dataset picked = small().subset(new int[] {3, 1});
        assertArrayEquals(new float[] {7, 8, 3, 4}, picked.features());
        assertArrayEquals(new int[] {0, 1}, picked.labels());
        assertEquals(List.of("x0", "x1"), picked.featureNames());
        assertEquals(List.of("no", "yes"), picked.classNames());
    }

    @Test
    void dividedByMatchesFloatDivision() {
        assertArrayEquals(
                new float[] {0.0625f, 0.125f, 0.1875f, 0.25f, 0.3125f, 0.375f, 0.4375f, 0.5f},
                small().dividedBy(16f).features());
    }

    @Test
    void accessorsReturnCopies() {
        Dataset data = small();
        data.features()[0] = 99;
        data.labels()[0] = 1;
        assertEquals(1f, data.value(0, 0));
        assertEquals(0, data.label(0));
    }

    @Test
    void badInputIsRejectedWithTheParameterAndRange() {
        assertMessage(
                "rows (labels.length) must be > 0, got 0",
                () -> new Dataset("empty", new float[0], new int[0], 2, 2, List.of(), List.of()));
        assertMessage(
                "features.length must be rows * cols = 8, got 6",
                () -> new Dataset("short", new float[6], LABELS, 2, 2, List.of(), List.of()));
        assertMessage(
                "labels[1] must be in [0, 0], got 1",
                () -> new Dataset("labels", FOUR_BY_TWO, LABELS, 2, 1, List.of(), List.of()));
        assertMessage(
                "cols must be > 0, got 0", () -> new Dataset("cols", FOUR_BY_TWO, LABELS, 0, 2, List.of(), List.of()));
        assertMessage(
                "classNames.size() must be the count = 2, got 1",
                () -> new Dataset("names", FOUR_BY_TWO, LABELS, 2, 2, List.of(), List.of("one")));
        assertMessage("rowIndices[0] must be in [0, 3], got 4", () -> small().subset(new int[] {4}));
        assertMessage("rowIndices.length must be > 0, got 0", () -> small().subset(new int[0]));
        assertMessage("divisor must be a finite non-zero number, got 0.0", () -> small().dividedBy(0f));
    }
}
