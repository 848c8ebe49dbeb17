package dev.prunelab.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.content.Quiz;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Attempts, retries, scores and option orders read back from a learner's events. */
class QuizAttemptTest {

    static final String LESSON = "basics";
    static final Quiz.Question CHOICE = new Quiz.Question(
            "basics-q1",
            Quiz.Type.CHOICE,
            "Which?",
            List.of(
                    new Quiz.Option("A", false, "no"),
                    new Quiz.Option("B", true, "yes"),
                    new Quiz.Option("C", false, "no"),
                    new Quiz.Option("D", false, "no")),
            0,
            0,
            null,
            "");
    static final Quiz.Question NUMERIC =
            new Quiz.Question("basics-q2", Quiz.Type.NUMERIC, "How many?", List.of(), 12, 0.5, "GPUs", "");
    static final Quiz QUIZ = new Quiz(LESSON, "content/quizzes/basics.yaml", List.of(CHOICE, NUMERIC));

    private final List<ProgressEvent> events = new ArrayList<>();

    private void answer(Quiz.Question q, String response, boolean correct) {
        events.add(event(ProgressEvent.Kind.QUIZ_ANSWER, q.id(), correct, LESSON + ":" + response));
    }

    private void restart() {
        events.add(event(ProgressEvent.Kind.QUIZ_RESTARTED, LESSON, null, null));
    }

    private static ProgressEvent event(ProgressEvent.Kind kind, String subject, Boolean correct, String detail) {
        ProgressEvent e = new ProgressEvent();
        e.kind = kind;
        e.subject = subject;
        e.correct = correct;
        e.detail = detail;
        e.createdAt = Instant.EPOCH;
        return e;
    }

    @Test
    void aWrongFirstTryLeavesOneRetryBeforeTheAnswerIsShown() {
        answer(CHOICE, "1", false);
        QuizAttempt.QuestionTries tries = QuizAttempt.of(QUIZ, events).tries(CHOICE.id());
        assertThat(tries.retrying()).isTrue();
        assertThat(tries.revealed()).isFalse();
        assertThat(tries.firstWrongResponse()).isEqualTo("1");

        answer(CHOICE, "2", true);
        tries = QuizAttempt.of(QUIZ, events).tries(CHOICE.id());
        assertThat(tries.revealed()).isTrue();
        assertThat(tries.outcome()).contains(QuizAttempt.Outcome.RIGHT_SECOND_TRY);
    }

    @Test
    void triesAfterTheRevealChangeNothing() {
        answer(NUMERIC, "11", false);
        answer(NUMERIC, "10", false);
        answer(NUMERIC, "12", true);
        QuizAttempt attempt = QuizAttempt.of(QUIZ, events);
        assertThat(attempt.tries(NUMERIC.id()).tries()).hasSize(2);
        assertThat(attempt.tries(NUMERIC.id()).outcome()).contains(QuizAttempt.Outcome.MISSED);
        assertThat(QuizAttempt.latestOutcomes(List.of(QUIZ), events))
                .containsEntry(NUMERIC.id(), QuizAttempt.Outcome.MISSED);
    }

    @Test
    void theScoreCountsAFirstTryAsOneAndASecondTryAsAHalf() {
        answer(CHOICE, "2", true);
        answer(NUMERIC, "3", false);
        assertThat(QuizAttempt.of(QUIZ, events).finished()).isFalse();
        answer(NUMERIC, "12.4", true);
        QuizAttempt attempt = QuizAttempt.of(QUIZ, events);
        assertThat(attempt.finished()).isTrue();
        assertThat(attempt.score()).isEqualTo(1.5);
        assertThat(attempt.count(QuizAttempt.Outcome.RIGHT_FIRST_TRY)).isEqualTo(1);
    }

    @Test
    void aRestartOpensEveryQuestionAgainButMasteryKeepsTheLastDecidedOutcome() {
        answer(CHOICE, "2", true);
        restart();
        answer(CHOICE, "3", false);
        QuizAttempt attempt = QuizAttempt.of(QUIZ, events);
        assertThat(attempt.number()).isEqualTo(2);
        assertThat(attempt.tries(CHOICE.id()).retrying()).isTrue();
        assertThat(attempt.tries(NUMERIC.id()).tries()).isEmpty();
        // undecided in the new attempt: the right answer of the first attempt still counts
        assertThat(QuizAttempt.latestOutcomes(List.of(QUIZ), events))
                .isEqualTo(Map.of(CHOICE.id(), QuizAttempt.Outcome.RIGHT_FIRST_TRY));
        answer(CHOICE, "4", false);
        assertThat(QuizAttempt.latestOutcomes(List.of(QUIZ), events))
                .isEqualTo(Map.of(CHOICE.id(), QuizAttempt.Outcome.MISSED));
    }

    @Test
    void optionsKeepOneOrderThroughAnAttemptAndChangeBetweenAttempts() {
        QuizAttempt first = QuizAttempt.of(QUIZ, events);
        assertThat(first.optionOrder(CHOICE, 7)).containsExactlyInAnyOrder(0, 1, 2, 3);
        // the first attempt's order does not depend on the learner: a visitor gets an id only with the first answer
        assertThat(first.optionOrder(CHOICE, 7)).isEqualTo(first.optionOrder(CHOICE, 0));
        answer(CHOICE, "1", false);
        assertThat(QuizAttempt.of(QUIZ, events).optionOrder(CHOICE, 7)).isEqualTo(first.optionOrder(CHOICE, 7));

        Set<List<Integer>> orders = new HashSet<>();
        for (int attempt = 0; attempt < 12; attempt++) {
            restart();
            orders.add(QuizAttempt.of(QUIZ, events).optionOrder(CHOICE, 7));
        }
        assertThat(orders).hasSizeGreaterThan(4);
    }

    @Test
    void theRightOptionIsNotAlwaysShownInTheSamePlace() {
        Set<Integer> places = new HashSet<>();
        for (long learner = 1; learner <= 40; learner++) {
            restart();
            places.add(QuizAttempt.of(QUIZ, events).optionOrder(CHOICE, learner).indexOf(1));
        }
        assertThat(places).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void aNumericQuestionSaysThePrecisionItChecks() {
        assertThat(view(NUMERIC).precision()).isEqualTo("A whole number (±0.5). Unit: GPUs.");
        Quiz.Question twoDecimals = new Quiz.Question("q", Quiz.Type.NUMERIC, "?", List.of(), 0.82, 0.005, "", "");
        assertThat(view(twoDecimals).precision()).isEqualTo("Rounded to 2 decimals (±0.005).");
        Quiz.Question loose = new Quiz.Question("q", Quiz.Type.NUMERIC, "?", List.of(), 0.82, 0.006, null, "");
        assertThat(view(loose).precision()).isEqualTo("Within ±0.006 of the exact value.");
    }

    private static QuizView.QuestionView view(Quiz.Question q) {
        return new QuizView.QuestionView(LESSON, q, 1, List.of(), new QuizAttempt.QuestionTries(q.id(), List.of()), "");
    }

    @Test
    void nothingAnsweredHasNoOutcome() {
        assertThat(QuizAttempt.of(QUIZ, events).tries(CHOICE.id()).outcome()).isEqualTo(Optional.empty());
        assertThat(QuizAttempt.of(QUIZ, events).number()).isEqualTo(1);
    }
}
