package dev.prunelab.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.progress.fsrs.Fsrs;
import dev.prunelab.progress.fsrs.Grade;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Learning steps minutes apart for new and forgotten cards, FSRS intervals in days once a card is known. */
class CardSchedulerTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final double RETENTION = 0.9;

    private final CardScheduler scheduler = new CardScheduler();

    private CardScheduler.Schedule first(Grade grade) {
        return scheduler.next(Optional.empty(), grade, NOW, RETENTION);
    }

    /** The card as the schedule left it, reviewed again {@code later} afterwards. */
    private CardScheduler.Schedule then(CardScheduler.Schedule before, int lapses, Grade grade, Duration later) {
        CardState state = new CardState();
        state.stability = before.memory().stability();
        state.difficulty = before.memory().difficulty();
        state.lapses = lapses;
        state.learningStep = before.step().orElse(null);
        state.lastReviewAt = NOW;
        return scheduler.next(Optional.of(state), grade, NOW.plus(later), RETENTION);
    }

    @Test
    void aNewCardGoesThroughTheLearningSteps() {
        assertThat(first(Grade.AGAIN).interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(first(Grade.AGAIN).label()).isEqualTo("1 min");
        assertThat(first(Grade.HARD).interval()).isEqualTo(Duration.ofMinutes(6));
        assertThat(first(Grade.GOOD).interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(first(Grade.GOOD).step()).contains(1);
        // Easy graduates at once, to FSRS's first interval: S0(Easy) = 15.69 days at 90% retention
        assertThat(first(Grade.EASY).step()).isEmpty();
        assertThat(first(Grade.EASY).days()).isEqualTo(16);
        assertThat(first(Grade.EASY).label()).isEqualTo("16 days");
    }

    @Test
    void againSendsALearningCardBackToTheFirstStepAndGoodAtTheLastStepGraduates() {
        CardScheduler.Schedule secondStep = first(Grade.GOOD);
        assertThat(then(secondStep, 0, Grade.AGAIN, Duration.ofMinutes(10)).interval())
                .isEqualTo(Duration.ofMinutes(1));
        CardScheduler.Schedule graduated = then(secondStep, 0, Grade.GOOD, Duration.ofMinutes(10));
        assertThat(graduated.step()).isEmpty();
        assertThat(graduated.days()).isGreaterThanOrEqualTo(1);
        assertThat(graduated.lapse()).isFalse();
    }

    @Test
    void aForgottenCardRelearnsInTenMinutesAndCountsALapse() {
        CardScheduler.Schedule known = first(Grade.EASY);
        CardScheduler.Schedule forgotten = then(known, 0, Grade.AGAIN, Duration.ofDays(16));
        assertThat(forgotten.lapse()).isTrue();
        assertThat(forgotten.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(forgotten.memory().stability()).isLessThan(known.memory().stability());
        CardScheduler.Schedule relearned = then(forgotten, 1, Grade.GOOD, Duration.ofMinutes(10));
        assertThat(relearned.step()).isEmpty();
        assertThat(relearned.days())
                .isEqualTo(Fsrs.intervalDays(relearned.memory().stability(), RETENTION));
        assertThat(relearned.lapse()).isFalse();
    }

    @Test
    void aKnownCardRecalledGetsAnIntervalInDays() {
        CardScheduler.Schedule known = first(Grade.EASY);
        CardScheduler.Schedule good = then(known, 0, Grade.GOOD, Duration.ofDays(16));
        assertThat(good.step()).isEmpty();
        assertThat(good.days()).isGreaterThan(16);
    }
}
