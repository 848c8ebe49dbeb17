package dev.prunelab.engine.data;

import static dev.prunelab.engine.data.ArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureScalerTest {

    /** Column 0: 1, 2, 3, 6 (mean 3, population std sqrt(3.5)); column 1 constant. */
    private static final Dataset TRAIN = new Dataset(
            "train", new float[] {1, 5, 2, 5, 3, 5, 6, 5}, new int[] {0, 1, 0, 1}, 2, 2, List.of(), List.of());

    private static final Dataset TEST =
            new Dataset("test", new float[] {9, 7}, new int[] {1}, 2, 2, List.of(), List.of());

    @Test
    void standardizeUsesTrainStatisticsOnTest() {
        FeatureScaler scaler = FeatureScaler.standardize(TRAIN);
        assertArrayEquals(new double[] {3, 5}, scaler.offsets());
        assertArrayEquals(new double[] {Math.sqrt(3.5), 1}, scaler.scales(), 1e-15);
        assertArrayEquals(
                new float[] {(float) (6 / Math.sqrt(3.5)), 2},
                scaler.apply(TEST).features());
        double mean = 0;
        for (int row = 0; row < 4; row++) {
            mean += scaler.apply(TRAIN).value(row, 0) / 4;
        }
        assertEquals(0, mean, 1e-7);
    }

    @Test
    void minMaxMapsTrainToUnitRange() {
        FeatureScaler scaler = FeatureScaler.minMax(TRAIN);
        assertArrayEquals(
                new float[] {0, 0, 0.2f, 0, 0.4f, 0, 1, 0}, scaler.apply(TRAIN).features());
        assertArrayEquals(new float[] {1.6f, 2}, scaler.apply(TEST).features());
    }

    @Test
    void widthMismatchIsRejected() {
        assertMessage(
                "data.cols() must be the fitted feature count = 2, got 4",
                () -> FeatureScaler.minMax(TRAIN).apply(Datasets.load("iris")));
    }
}
