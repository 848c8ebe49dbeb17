package dev.prunelab.content;

import java.util.List;
import java.util.Optional;

/**
 * How answers to one question (or follow-up) are graded, loaded from {@code content/rubrics/<question-id>.yaml}.
 *
 * @param questionId the question card id or follow-up id it grades
 * @param dimensions the rubric dimensions, each with key points and misconceptions
 */
public record Rubric(String questionId, String path, List<Dimension> dimensions) {

    /**
     * One dimension of the grade, e.g. foundations or evaluation.
     *
     * @param id one of {@link ContentLoader#DIMENSIONS}
     */
    public record Dimension(
            String id, String name, String description, List<Point> points, List<Misconception> misconceptions) {}

    /**
     * A key point a strong answer makes.
     *
     * @param paraphrases ways a candidate might say it, for matching
     * @param lesson      the lesson section that teaches it
     * @param weight      1 nice to have, 2 expected, 3 essential
     */
    public record Point(String id, String text, List<String> paraphrases, ContentLink lesson, int weight) {}

    /**
     * A wrong claim worth flagging.
     *
     * @param patterns        phrasings that signal it
     * @param counterexamples true statements close to it (often its denial), which must not be flagged
     * @param requires        what a sentence must be about to state it: each item a group of alternative word
     *                        beginnings separated by {@code |} ("forest | ensemble | bagging"), one of which must
     *                        start a word of the sentence (or, for a phrase with a space, appear in it)
     * @param correction      what is true instead
     * @param lesson     where it is explained
     */
    public record Misconception(
            String id,
            String claim,
            List<String> patterns,
            List<String> counterexamples,
            List<String> requires,
            String correction,
            ContentLink lesson) {}

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
