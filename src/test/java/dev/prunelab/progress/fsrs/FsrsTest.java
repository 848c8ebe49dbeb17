package dev.prunelab.progress.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Worked examples computed by hand from the FSRS-5 formulas and default parameters. */
class FsrsTest {

    private static final double EPS = 1e-9;
    private final Fsrs fsrs = new Fsrs();

    @Test
    void forgettingCurveIsNinetyPercentAfterOneStability() {
        assertThat(Fsrs.retrievability(0, 5)).isCloseTo(1.0, within(EPS));
        assertThat(Fsrs.retrievability(5, 5)).isCloseTo(0.9, within(EPS));
        // R(t,S) = (1 + 19/81 · t/S)^−0.5 with t = 3, S = 3.173
        assertThat(Fsrs.retrievability(3, 3.173)).isCloseTo(0.9046982108893272, within(EPS));
    }

    @Test
    void intervalForDesiredRetention() {
        // r = 0.9 gives back the stability itself; r = 0.8: 10 · 81/19 · (0.8^−2 − 1) = 23.98 → 24 days
        assertThat(Fsrs.intervalDays(3.173, 0.9)).isEqualTo(3);
        assertThat(Fsrs.intervalDays(10, 0.8)).isEqualTo(24);
        assertThat(Fsrs.intervalDays(0.05, 0.9)).isEqualTo(1);
        assertThat(Fsrs.intervalDays(1e9, 0.9)).isEqualTo(Fsrs.MAX_INTERVAL_DAYS);
    }

    @Test
    void firstReviewUsesTheInitialStabilityAndDifficulty() {
        MemoryState good = fsrs.first(Grade.GOOD);
        assertThat(good.stability()).isEqualTo(3.173);
        // D0(3) = w4 − e^(2·w5) + 1 = 7.1949 − e^1.069 + 1
        assertThat(good.difficulty()).isCloseTo(5.282434422319005, within(EPS));
        assertThat(fsrs.first(Grade.AGAIN).stability()).isEqualTo(0.40255);
        assertThat(fsrs.first(Grade.EASY).stability()).isEqualTo(15.69105);
    }

    @Test
    void secondReviewAfterThreeDaysForEachGrade() {
        MemoryState first = fsrs.first(Grade.GOOD);
        MemoryState again = fsrs.next(first, 3, Grade.AGAIN);
        MemoryState hard = fsrs.next(first, 3, Grade.HARD);
        MemoryState good = fsrs.next(first, 3, Grade.GOOD);
        MemoryState easy = fsrs.next(first, 3, Grade.EASY);
        assertThat(again.stability()).isCloseTo(1.0555610912864883, within(1e-9));
        assertThat(hard.stability()).isCloseTo(4.924511833379462, within(1e-9));
        assertThat(good.stability()).isCloseTo(10.73892584613159, within(1e-9));
        assertThat(easy.stability()).isCloseTo(25.79360509476422, within(1e-9));
        assertThat(again.difficulty()).isCloseTo(6.796932579932991, within(1e-9));
        assertThat(easy.difficulty()).isCloseTo(4.510985606964673, within(1e-9));
        assertThat(Fsrs.intervalDays(good.stability(), 0.9)).isEqualTo(11);
    }

    @Test
    void sameDayReviewChangesStabilityOnlySlightly() {
        MemoryState first = fsrs.first(Grade.GOOD);
        MemoryState sameDay = fsrs.next(first, 0.1, Grade.GOOD);
        // S · e^(w17 · (0 + w18)) = 3.173 · e^(0.51655 · 0.6621)
        assertThat(sameDay.stability()).isCloseTo(3.173 * Math.exp(0.51655 * 0.6621), within(1e-9));
    }

    @Test
    void badInputIsRefusedWithTheAllowedRange() {
        assertThatThrownBy(() -> Fsrs.intervalDays(3, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("desiredRetention must be in [0.7, 0.99], got 1.0");
        assertThatThrownBy(() -> new Fsrs(new double[3])).hasMessage("weights must be 19 finite numbers, got 3 values");
        assertThatThrownBy(() -> Grade.parse("meh"))
                .hasMessage("grade must be one of again, hard, good, easy; got 'meh'");
        assertThat(Grade.parse(" Good ")).isEqualTo(Grade.GOOD);
    }
}
