package dev.prunelab.practice;

/**
 * A question that can be practised: a question card's main prompt or one of its follow-ups (each has a rubric).
 *
 * @param id          the question card or follow-up id
 * @param prompt      the question as the interviewer asks it
 * @param cardId      the question card it belongs to
 * @param followUp    true for a follow-up, false for the card's main question
 * @param dimension   the rubric dimension it mainly probes (the main question probes all: {@code "all"})
 * @param minutes     the answer's expected length in minutes (the default time box)
 * @param modelAnswer where its model answer is taught
 */
public record PracticeQuestion(
        String id, String prompt, String cardId, boolean followUp, String dimension, int minutes, String modelAnswer) {

    public String href() {
        return "/practice/" + id;
    }

    public String kindLabel() {
        return followUp ? "Follow-up" : "Main question";
    }
}
