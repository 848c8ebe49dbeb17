package dev.prunelab.progress;

import dev.prunelab.progress.fsrs.Fsrs;
import dev.prunelab.progress.fsrs.Grade;
import dev.prunelab.progress.fsrs.MemoryState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a card comes back after a grade. FSRS updates the memory state at every review (its same-day formula for
 * reviews minutes apart); the interval follows Anki's learning steps with FSRS:
 *
 * <ul>
 *   <li>A new card goes through the learning steps 1 min and 10 min: Again goes back to the first step, Hard repeats
 *       the step (the first one as 6 min, between the two), Good moves to the next step and after the last one
 *       graduates, Easy graduates at once.</li>
 *   <li>A graduated card is due after the FSRS interval for the learner's desired retention (at least a day). Again
 *       sends it to the relearning step, 10 min, and counts a lapse; Good there graduates it again.</li>
 * </ul>
 * So a card graded Again comes back in the same session, as in Anki, rather than tomorrow.
 */
final class CardScheduler {

    static final List<Duration> LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    static final List<Duration> RELEARNING_STEPS = List.of(Duration.ofMinutes(10));

    private final Fsrs fsrs = new Fsrs();

    /**
     * A card's schedule after one grade.
     *
     * @param step     the learning or relearning step it is at now; empty once it has graduated
     * @param interval until it is due again
     * @param lapse    whether this grade forgot a graduated card
     */
    record Schedule(MemoryState memory, Optional<Integer> step, Duration interval, boolean lapse) {

        /** Whole days until due (0 while in learning steps). */
        int days() {
            return (int) interval.toDays();
        }

        /** "1 min", "10 min", "1 day", "16 days". */
        String label() {
            long minutes = interval.toMinutes();
            if (minutes < 60 * 24) {
                return minutes < 60 ? minutes + " min" : minutes / 60 + " h";
            }
            long days = interval.toDays();
            return days + (days == 1 ? " day" : " days");
        }
    }

    /**
     * The schedule after grading a card.
     *
     * @param state the card's state before this review; empty for a new card
     */
    Schedule next(Optional<CardState> state, Grade grade, Instant now, double retention) {
        MemoryState memory = state.map(s -> fsrs.next(
                        new MemoryState(s.stability, s.difficulty),
                        Duration.between(s.lastReviewAt, now).toSeconds() / 86400.0,
                        grade))
                .orElseGet(() -> fsrs.first(grade));
        boolean graduated = state.isPresent() && state.get().learningStep == null;
        if (graduated) {
            return grade == Grade.AGAIN
                    ? new Schedule(memory, Optional.of(0), RELEARNING_STEPS.get(0), true)
                    : graduate(memory, retention);
        }
        boolean relearning = state.isPresent() && state.get().lapses > 0;
        List<Duration> steps = relearning ? RELEARNING_STEPS : LEARNING_STEPS;
        // a new card starts at the first step
        int step = state.map(s -> s.learningStep).orElse(0);
        return switch (grade) {
            case AGAIN -> new Schedule(memory, Optional.of(0), steps.get(0), false);
            case HARD -> new Schedule(memory, Optional.of(step), hardDelay(steps, step), false);
            case GOOD ->
                step + 1 < steps.size()
                        ? new Schedule(memory, Optional.of(step + 1), steps.get(step + 1), false)
                        : graduate(memory, retention);
            case EASY -> graduate(memory, retention);
        };
    }

    /** Hard repeats the step; on the first of several steps it waits halfway to the second, as Anki does. */
    private static Duration hardDelay(List<Duration> steps, int step) {
        if (step == 0 && steps.size() > 1) {
            return Duration.ofSeconds(
                    Math.round((steps.get(0).toSeconds() + steps.get(1).toSeconds()) / 2.0 / 60) * 60);
        }
        return steps.get(Math.min(step, steps.size() - 1));
    }

    private static Schedule graduate(MemoryState memory, double retention) {
        return new Schedule(
                memory, Optional.empty(), Duration.ofDays(Fsrs.intervalDays(memory.stability(), retention)), false);
    }
}
