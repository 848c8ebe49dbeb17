package dev.prunelab.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreaksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void currentStreakCountsBackFromTodayOrYesterday() {
        assertThat(Streaks.of(Set.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2)), TODAY))
                .isEqualTo(new Streaks(3, 3));
        // Nothing yet today: the streak that ended yesterday is still current.
        assertThat(Streaks.of(Set.of(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY))
                .isEqualTo(new Streaks(2, 2));
        assertThat(Streaks.of(Set.of(TODAY.minusDays(2)), TODAY)).isEqualTo(new Streaks(0, 1));
    }

    @Test
    void longestStreakIsTheLongestRunEver() {
        Set<LocalDate> days = Set.of(
                TODAY.minusDays(20),
                TODAY.minusDays(19),
                TODAY.minusDays(18),
                TODAY.minusDays(17),
                TODAY.minusDays(5),
                TODAY);
        assertThat(Streaks.of(days, TODAY)).isEqualTo(new Streaks(1, 4));
        assertThat(Streaks.of(Set.of(), TODAY)).isEqualTo(new Streaks(0, 0));
    }

    @Test
    void masteryFormulaWeightsAndRenormalises() {
        Mastery withPractice = Mastery.of("x", "X", "/learn/x", 1.0, 0.5, 0.0);
        assertThat(withPractice.mastery()).isEqualTo(0.4 * 1.0 + 0.3 * 0.5 + 0.3 * 0.0);
        Mastery withoutPractice = Mastery.of("x", "X", "/learn/x", 1.0, 0.5, null);
        assertThat(withoutPractice.mastery()).isEqualTo((0.4 + 0.15) / 0.7);
        assertThat(Mastery.cardStrength(10.5)).isEqualTo(0.5);
        assertThat(Mastery.cardStrength(42)).isEqualTo(1.0);
    }
}
