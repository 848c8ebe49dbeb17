package dev.prunelab.progress;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.Quiz;
import dev.prunelab.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks quiz answers and records each one; a learner's attempts at a quiz (one retry per question, a new option order
 * per attempt) are read back from those records by {@link QuizAttempt}.
 */
@ApplicationScoped
@Transactional
public class QuizService {

    /**
     * The outcome of one answer.
     *
     * @param correct  whether it was right
     * @param response the response as the learner gave it
     * @param attempt  which attempt at the quiz it belongs to (1 for the first)
     * @param revealed whether the question is decided now, so the answer and the explanation may be shown
     */
    public record Answer(String questionId, boolean correct, String response, int attempt, boolean revealed) {}

    private final ContentService content;
    private final ProgressService progress;
    private final CurrentLearner current;

    public QuizService(ContentService content, ProgressService progress, CurrentLearner current) {
        this.content = content;
        this.progress = progress;
        this.current = current;
    }

    /**
     * Checks and records an answer.
     *
     * @param response for a choice question the option number (1-based), for a numeric one the number
     * @throws InvalidInput naming the field when the response is not a valid option or number
     */
    public Answer answer(Quiz quiz, String questionId, String response) {
        Quiz.Question question = quiz.questions().stream()
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of("question", "must be one of this quiz's questions"));
        String given = response == null ? "" : response.strip();
        boolean correct;
        if (question.type() == Quiz.Type.CHOICE) {
            int option = parseOption(given, question.options().size());
            correct = option - 1 == question.correctOption();
        } else {
            correct = question.accepts(parseNumber(given));
        }
        ProgressEvent event = progress.record(
                ProgressEvent.Kind.QUIZ_ANSWER, question.id(), correct, null, quiz.lessonId() + ":" + given);
        QuizAttempt attempt = QuizAttempt.of(quiz, ProgressEvent.forLearner(event.learnerId));
        return new Answer(
                question.id(),
                correct,
                given,
                attempt.number(),
                attempt.tries(question.id()).revealed());
    }

    /** Starts a new attempt at the quiz for the current learner: every question open again, options in a new order. */
    public void restart(Quiz quiz) {
        progress.record(ProgressEvent.Kind.QUIZ_RESTARTED, quiz.lessonId(), null, null, null);
    }

    private static int parseOption(String given, int options) {
        try {
            int option = Integer.parseInt(given);
            if (option >= 1 && option <= options) {
                return option;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInput.of("answer", "must be one of the options (1–" + options + ")");
    }

    private static double parseNumber(String given) {
        try {
            double value = Double.parseDouble(
                    given.replace(',', '.').replace("%", "").replace("×", "").strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInput.of("answer", "must be a number, e.g. 12.5");
    }

    /**
     * The quiz page of the current learner: their current attempt with its option orders.
     *
     * @param errorQuestion the question whose answer was refused, or empty
     * @param error         why, shown beside that question
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuizView view(Lesson lesson, Quiz quiz, String errorQuestion, String error) {
        Optional<Long> learner = current.findId();
        List<ProgressEvent> events = learner.map(ProgressEvent::forLearner).orElse(List.of());
        QuizAttempt attempt = QuizAttempt.of(quiz, events);
        List<QuizView.QuestionView> questions = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            Quiz.Question q = quiz.questions().get(i);
            QuizAttempt.QuestionTries tries = attempt.tries(q.id());
            questions.add(new QuizView.QuestionView(
                    lesson.id(),
                    q,
                    i + 1,
                    options(q, attempt, tries, learner.orElse(0L)),
                    tries,
                    q.id().equals(errorQuestion) ? error : ""));
        }
        ContentCatalog catalog = content.catalog();
        return new QuizView(lesson, attempt, questions, catalog.next(lesson));
    }

    private static List<QuizView.OptionView> options(
            Quiz.Question q, QuizAttempt attempt, QuizAttempt.QuestionTries tries, long learner) {
        if (q.type() != Quiz.Type.CHOICE) {
            return List.of();
        }
        String chosen = tries.last().map(QuizAttempt.Try::response).orElse("");
        String triedWrong = tries.retrying() ? tries.firstWrongResponse() : "";
        return attempt.optionOrder(q, learner).stream()
                .map(i -> {
                    String value = String.valueOf(i + 1);
                    Quiz.Option option = q.options().get(i);
                    return new QuizView.OptionView(
                            i + 1,
                            option,
                            value.equals(chosen),
                            value.equals(triedWrong),
                            tries.revealed() && option.correct(),
                            tries.revealed());
                })
                .toList();
    }

    public Optional<Quiz> quiz(String lessonId) {
        return content.catalog().quiz(lessonId);
    }
}
