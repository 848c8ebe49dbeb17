package dev.prunelab.engine.data;

import static dev.prunelab.engine.data.ArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SyntheticDatasetsTest {

    @Test
    void noiselessMoonsLieOnTheirHalfCircles() {
        Dataset moons = SyntheticDatasets.moons(101, 0, 7);
        assertArrayEquals(new int[] {50, 51}, moons.classCounts());
        for (int row = 0; row < moons.rows(); row++) {
            double x = moons.value(row, 0);
            double y = moons.value(row, 1);
            double radius = moons.label(row) == 0 ? Math.hypot(x, y) : Math.hypot(x - 1, y - 0.5);
            assertEquals(1, radius, 1e-6);
        }
    }

    @Test
    void noiselessCirclesHaveTheirRadii() {
        Dataset circles = SyntheticDatasets.circles(40, 0, 0.5, 1);
        for (int row = 0; row < circles.rows(); row++) {
            double radius = Math.hypot(circles.value(row, 0), circles.value(row, 1));
            assertEquals(circles.label(row) == 0 ? 1 : 0.5, radius, 1e-6);
        }
    }

    @Test
    void spiralsDealPointsEvenlyToArms() {
        assertArrayEquals(
                new int[] {34, 33, 33},
                SyntheticDatasets.spirals(100, 3, 0.05, 3).classCounts());
    }

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        assertArrayEquals(
                SyntheticDatasets.moons(50, 0.2, 5).features(),
                SyntheticDatasets.moons(50, 0.2, 5).features());
        assertArrayEquals(
                SyntheticDatasets.spirals(50, 2, 0.2, 5).features(),
                SyntheticDatasets.spirals(50, 2, 0.2, 5).features());
        assertFalse(Arrays.equals(
                SyntheticDatasets.circles(50, 0.2, 0.5, 5).features(),
                SyntheticDatasets.circles(50, 0.2, 0.5, 6).features()));
    }

    @Test
    void badParametersAreRejected() {
        assertMessage("n must be >= 2, got 1", () -> SyntheticDatasets.moons(1, 0.1, 0));
        assertMessage("noise must be a finite number >= 0, got -0.1", () -> SyntheticDatasets.moons(10, -0.1, 0));
        assertMessage("factor must be in (0, 1), got 1.0", () -> SyntheticDatasets.circles(10, 0.1, 1.0, 0));
        assertMessage("arms must be in [2, 8], got 9", () -> SyntheticDatasets.spirals(100, 9, 0.1, 0));
        assertMessage("n must be >= 3, got 2", () -> SyntheticDatasets.spirals(2, 3, 0.1, 0));
    }
}
