package dev.prunelab.content;

import java.util.List;

/**
 * The quiz of one lesson, loaded from {@code content/quizzes/<lesson-id>.yaml}.
 *
 * @param lessonId  the lesson it checks
 * @param questions in the order written
 */
public record Quiz(String lessonId, String path, List<Question> questions) {

    /** The two kinds of quiz question. */
    public enum Type {
        CHOICE,
        NUMERIC
    }

    /**
     * One question. A {@link Type#CHOICE} question has options, exactly one correct; a {@link Type#NUMERIC} one has
     * an answer and an absolute tolerance.
     */
    public record Question(
            String id,
            Type type,
            String prompt,
            List<Option> options,
            double answer,
            double tolerance,
            String unit,
            String explanation) {

        /** Whether a numeric response is within the tolerance of the answer. */
        public boolean accepts(double response) {
            return type == Type.NUMERIC && Math.abs(response - answer) <= tolerance;
        }

        /** The index of the correct option of a choice question, or -1. */
        public int correctOption() {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct()) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A choice option and why it is right or wrong. */
    public record Option(String text, boolean correct, String explanation) {}
}
