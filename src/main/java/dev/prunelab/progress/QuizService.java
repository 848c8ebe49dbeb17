package dev.prunelab.progress;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Quiz;
import dev.prunelab.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Checks quiz answers, records each one, and remembers each question's latest answer per learner. */
@ApplicationScoped
@Transactional
public class QuizService {

    /** The outcome of one answer: whether it was right and the response as the learner gave it. */
    public record Answer(String questionId, boolean correct, String response) {}

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
        progress.record(ProgressEvent.Kind.QUIZ_ANSWER, question.id(), correct, null, quiz.lessonId() + ":" + given);
        return new Answer(question.id(), correct, given);
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

    /** The current learner's latest answer to each question of a quiz. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Answer> latestAnswers(Quiz quiz) {
        Map<String, Answer> latest = new LinkedHashMap<>();
        Optional<Long> learner = current.findId();
        if (learner.isEmpty()) {
            return latest;
        }
        for (ProgressEvent event : ProgressEvent.forLearner(learner.get(), ProgressEvent.Kind.QUIZ_ANSWER)) {
            if (quiz.questions().stream().anyMatch(q -> q.id().equals(event.subject))) {
                String response = event.detail == null ? "" : event.detail.substring(event.detail.indexOf(':') + 1);
                latest.put(event.subject, new Answer(event.subject, Boolean.TRUE.equals(event.correct), response));
            }
        }
        return latest;
    }

    /** Whether the current learner has marked the lesson complete. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean completed(String lessonId) {
        return current.findId()
                .map(id -> ProgressEvent.count(
                                "learnerId = ?1 and kind = ?2 and subject = ?3",
                                id,
                                ProgressEvent.Kind.LESSON_COMPLETED,
                                lessonId)
                        > 0)
                .orElse(false);
    }

    /** Marks a lesson complete for the current learner (idempotent). */
    public void complete(String lessonId) {
        if (!completed(lessonId)) {
            progress.record(ProgressEvent.Kind.LESSON_COMPLETED, lessonId, null, null, null);
        }
    }

    public Optional<Quiz> quiz(String lessonId) {
        return content.catalog().quiz(lessonId);
    }
}
