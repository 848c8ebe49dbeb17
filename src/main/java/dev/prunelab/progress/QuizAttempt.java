package dev.prunelab.progress;

import dev.prunelab.content.Quiz;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A learner's current attempt at one quiz, read back from their events: {@code QUIZ_RESTARTED} (subject: the lesson)
 * starts a new attempt, {@code QUIZ_ANSWER} (subject: the question) is one try. A question allows one retry: it is
 * decided by a right first try, or by the second try whatever it is; later tries in the same attempt are recorded but
 * change nothing (the learner has seen the explanation by then).
 *
 * @param number    1 for the first attempt, one more for each restart
 * @param questions each question's tries in this attempt, in the quiz's order (no tries: not answered yet)
 */
public record QuizAttempt(String lessonId, int number, Map<String, QuestionTries> questions) {

    /** Tries allowed before the answer and the explanation are shown. */
    public static final int TRIES = 2;

    /** One try at a question: the response as given and whether it was right. */
    public record Try(String response, boolean correct) {}

    /** How a question was decided; the credit it earns towards the score. */
    public enum Outcome {
        RIGHT_FIRST_TRY(1),
        RIGHT_SECOND_TRY(0.5),
        MISSED(0);

        private final double credit;

        Outcome(double credit) {
            this.credit = credit;
        }

        public double credit() {
            return credit;
        }
    }

    /** The first {@value #TRIES} tries at one question in this attempt. */
    public record QuestionTries(String questionId, List<Try> tries) {

        /** Decided: answered right, or wrong twice. The answer and explanation are shown from then on. */
        public boolean revealed() {
            return tries.size() >= TRIES || (!tries.isEmpty() && tries.get(0).correct());
        }

        /** Answered wrong once: one more try before the answer is shown. */
        public boolean retrying() {
            return tries.size() == 1 && !tries.get(0).correct();
        }

        public Optional<Outcome> outcome() {
            if (!revealed()) {
                return Optional.empty();
            }
            return Optional.of(
                    tries.get(0).correct()
                            ? Outcome.RIGHT_FIRST_TRY
                            : tries.get(1).correct() ? Outcome.RIGHT_SECOND_TRY : Outcome.MISSED);
        }

        /** The latest try that counts, if any. */
        public Optional<Try> last() {
            return tries.isEmpty() ? Optional.empty() : Optional.of(tries.get(tries.size() - 1));
        }

        /** The response of a wrong first try, shown while the learner retries; empty otherwise. */
        public String firstWrongResponse() {
            return tries.isEmpty() || tries.get(0).correct() ? "" : tries.get(0).response();
        }
    }

    /** The current attempt at {@code quiz} from a learner's quiz events, oldest first (other kinds are ignored). */
    public static QuizAttempt of(Quiz quiz, List<ProgressEvent> events) {
        int number = 1;
        Map<String, List<Try>> tries = emptyTries(quiz);
        for (ProgressEvent e : events) {
            if (e.kind == ProgressEvent.Kind.QUIZ_RESTARTED && quiz.lessonId().equals(e.subject)) {
                number++;
                tries = emptyTries(quiz);
            } else if (e.kind == ProgressEvent.Kind.QUIZ_ANSWER && tries.containsKey(e.subject)) {
                List<Try> question = tries.get(e.subject);
                if (question.size() < TRIES
                        && !(question.size() == 1 && question.get(0).correct())) {
                    question.add(new Try(response(e), Boolean.TRUE.equals(e.correct)));
                }
            }
        }
        Map<String, QuestionTries> questions = new LinkedHashMap<>();
        tries.forEach((id, list) -> questions.put(id, new QuestionTries(id, List.copyOf(list))));
        return new QuizAttempt(quiz.lessonId(), number, questions);
    }

    private static Map<String, List<Try>> emptyTries(Quiz quiz) {
        Map<String, List<Try>> tries = new LinkedHashMap<>();
        quiz.questions().forEach(q -> tries.put(q.id(), new ArrayList<>()));
        return tries;
    }

    /** The detail of an answer event is {@code <lesson id>:<response>}. */
    private static String response(ProgressEvent e) {
        return e.detail == null ? "" : e.detail.substring(e.detail.indexOf(':') + 1);
    }

    /**
     * For every question of these quizzes a learner has answered, the outcome of the latest attempt that decided it; a
     * question whose only answer so far is one wrong try counts as missed until it is decided.
     */
    public static Map<String, Outcome> latestOutcomes(List<Quiz> quizzes, List<ProgressEvent> events) {
        Map<String, String> lessonOf = new HashMap<>();
        quizzes.forEach(quiz -> quiz.questions().forEach(q -> lessonOf.put(q.id(), quiz.lessonId())));
        Map<String, Outcome> latest = new HashMap<>();
        Map<String, Integer> triesThisAttempt = new HashMap<>();
        for (ProgressEvent e : events) {
            if (e.kind == ProgressEvent.Kind.QUIZ_RESTARTED) {
                triesThisAttempt.keySet().removeIf(id -> e.subject.equals(lessonOf.get(id)));
            } else if (e.kind == ProgressEvent.Kind.QUIZ_ANSWER && lessonOf.containsKey(e.subject)) {
                boolean correct = Boolean.TRUE.equals(e.correct);
                int before = triesThisAttempt.getOrDefault(e.subject, 0);
                if (before == 0 && correct) {
                    latest.put(e.subject, Outcome.RIGHT_FIRST_TRY);
                    triesThisAttempt.put(e.subject, TRIES);
                } else if (before == 0) {
                    latest.putIfAbsent(e.subject, Outcome.MISSED);
                    triesThisAttempt.put(e.subject, 1);
                } else if (before == 1) {
                    latest.put(e.subject, correct ? Outcome.RIGHT_SECOND_TRY : Outcome.MISSED);
                    triesThisAttempt.put(e.subject, TRIES);
                }
            }
        }
        return latest;
    }

    /** Whether every question of the quiz is decided in this attempt. */
    public boolean finished() {
        return questions.values().stream().allMatch(QuestionTries::revealed);
    }

    /** The credit earned so far: 1 for a right first try, ½ for a right second try. */
    public double score() {
        return questions.values().stream()
                .map(QuestionTries::outcome)
                .flatMap(Optional::stream)
                .mapToDouble(Outcome::credit)
                .sum();
    }

    public long count(Outcome outcome) {
        return questions.values().stream()
                .filter(q -> q.outcome().equals(Optional.of(outcome)))
                .count();
    }

    public long decided() {
        return questions.values().stream().filter(QuestionTries::revealed).count();
    }

    public QuestionTries tries(String questionId) {
        return questions.getOrDefault(questionId, new QuestionTries(questionId, List.of()));
    }

    /**
     * The order to show a choice question's options in, as 0-based indices into its options: the same all through
     * one attempt, another in the next. The first attempt's order is the same for everybody (a visitor becomes a
     * learner, and gets an id, only with their first answer, so an order that depended on the learner would change
     * under them); each later attempt is shuffled for the learner.
     */
    public List<Integer> optionOrder(Quiz.Question question, long learnerId) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            order.add(i);
        }
        long seed = mix(question.id().hashCode(), number, number == 1 ? 0 : learnerId);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            order.set(j, order.set(i, order.get(j)));
        }
        return order;
    }

    private static long mix(long question, long attempt, long learner) {
        long h = question * 0x9E3779B97F4A7C15L;
        h = (h ^ attempt) * 0xBF58476D1CE4E5B9L;
        return (h ^ learner) * 0x94D049BB133111EBL;
    }
}
