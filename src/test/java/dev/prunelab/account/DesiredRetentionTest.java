package dev.prunelab.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DesiredRetentionTest {

    @Test
    void theBoundsAndTheDefaultAreAllowed() {
        for (double retention : new double[] {DesiredRetention.MIN, DesiredRetention.DEFAULT, DesiredRetention.MAX}) {
            assertThatCode(() -> DesiredRetention.check(retention)).doesNotThrowAnyException();
        }
    }

    @Test
    void aValueOutsideTheRangeNamesTheFieldAndTheRange() {
        for (double retention : new double[] {0.69, 1.0, Double.NaN}) {
            assertThatThrownBy(() -> DesiredRetention.check(retention))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("desiredRetention must be in [0.7, 0.99]");
        }
    }
}
