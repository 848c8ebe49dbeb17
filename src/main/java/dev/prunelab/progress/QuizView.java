package dev.prunelab.progress;

import dev.prunelab.content.Lesson;
import dev.prunelab.content.LessonState;
import dev.prunelab.content.Quiz;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A quiz page as one learner sees it: the questions in order, each choice question's options in this attempt's order,
 * each question's tries, and the score once every question is decided.
 *
 * @param next the lesson after this one on the path, offered when the quiz is done
 */
public record QuizView(Lesson lesson, QuizAttempt attempt, List<QuestionView> questions, Optional<Lesson> next) {

    /** One question with its options in display order and what the learner has tried. */
    public record QuestionView(
            String lessonId,
            Quiz.Question question,
            int number,
            List<OptionView> options,
            QuizAttempt.QuestionTries tries,
            String error) {

        public boolean choice() {
            return question.type() == Quiz.Type.CHOICE;
        }

        public boolean revealed() {
            return tries.revealed();
        }

        public boolean retrying() {
            return tries.retrying();
        }

        /** What a numeric answer is checked against, from its tolerance: "Rounded to two decimals (±0.005)." */
        public String precision() {
            double tolerance = question.tolerance();
            String unit = question.unit() == null || question.unit().isBlank() ? "" : " Unit: " + question.unit() + ".";
            if (tolerance == 0) {
                return "The exact value." + unit;
            }
            for (int decimals = 0; decimals <= 6; decimals++) {
                if (Math.abs(tolerance - 0.5 * Math.pow(10, -decimals)) < 1e-12) {
                    String rounded = decimals == 0
                            ? "A whole number"
                            : "Rounded to " + decimals + (decimals == 1 ? " decimal" : " decimals");
                    return rounded + " (±" + plain(tolerance) + ")." + unit;
                }
            }
            return "Within ±" + plain(tolerance) + " of the exact value." + unit;
        }

        /** The heading of the result: right, right at the second try, one more try, or the answer. */
        public String verdict() {
            if (tries.retrying()) {
                return "Not quite. Try once more.";
            }
            return tries.outcome()
                    .map(o -> switch (o) {
                        case RIGHT_FIRST_TRY -> "Right.";
                        case RIGHT_SECOND_TRY -> "Right at the second try.";
                        case MISSED -> "Not this time.";
                    })
                    .orElse("");
        }

        /** The right numeric answer as a person writes it, with its unit. */
        public String answerText() {
            String unit = question.unit() == null || question.unit().isBlank() ? "" : " " + question.unit();
            return plain(question.answer()) + unit;
        }

        public String toleranceText() {
            return plain(question.tolerance());
        }

        /** The value to put back in a numeric field: the last try while retrying or after the reveal. */
        public String lastResponse() {
            return tries.last().map(QuizAttempt.Try::response).orElse("");
        }

        private static String plain(double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * A choice option in display order.
     *
     * @param value       the option's number in the content (1-based): what the form sends, whatever the order shown
     * @param chosen      the learner's latest try picked it
     * @param triedWrong  it was the wrong first try (shown while the learner retries, so they try another)
     * @param showCorrect the question is revealed and this option is the right one
     */
    public record OptionView(
            int value, Quiz.Option option, boolean chosen, boolean triedWrong, boolean showCorrect, boolean revealed) {}

    public boolean finished() {
        return attempt.finished();
    }

    /** "5½ of 7". */
    public String scoreText() {
        return LessonState.halves(attempt.score()) + " of " + questions.size();
    }

    public int scorePercent() {
        return (int) Math.round(100 * attempt.score() / Math.max(1, questions.size()));
    }

    public long rightFirstTry() {
        return attempt.count(QuizAttempt.Outcome.RIGHT_FIRST_TRY);
    }

    public long rightSecondTry() {
        return attempt.count(QuizAttempt.Outcome.RIGHT_SECOND_TRY);
    }

    public long missed() {
        return attempt.count(QuizAttempt.Outcome.MISSED);
    }

    public long decided() {
        return attempt.decided();
    }

    /** The questions still to answer, for the running count. */
    public long open() {
        return questions.size() - attempt.decided();
    }
}
