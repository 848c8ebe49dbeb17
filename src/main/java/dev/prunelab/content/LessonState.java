package dev.prunelab.content;

/**
 * Where one visitor stands on one lesson, as the learning path and the lesson page show it.
 *
 * @param quizQuestions the questions of the lesson's quiz (0 when it has none)
 * @param quizAnswered  how many of them the visitor has answered
 * @param quizScore     the credit of their latest answers (1 per question right at the first try, ½ at the second)
 * @param mastery       0–1, as the progress page defines it
 * @param studyNext     why this lesson is the one to study next; empty for every other lesson
 */
public record LessonState(
        Stage stage, int quizQuestions, int quizAnswered, double quizScore, double mastery, String studyNext) {

    /** How far the visitor got with reading the lesson. */
    public enum Stage {
        NOT_STARTED("Not started"),
        READ("Read"),
        COMPLETED("Completed");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A lesson nobody has touched. */
    public static LessonState untouched(int quizQuestions) {
        return new LessonState(Stage.NOT_STARTED, quizQuestions, 0, 0, 0, "");
    }

    public boolean completed() {
        return stage == Stage.COMPLETED;
    }

    /** "Quiz 5½/7", "Quiz 2/7 so far", "Quiz not taken"; empty for a lesson without a quiz. */
    public String quizText() {
        if (quizQuestions == 0) {
            return "";
        }
        if (quizAnswered == 0) {
            return "Quiz not taken";
        }
        return "Quiz " + halves(quizScore) + "/" + quizQuestions + (quizAnswered < quizQuestions ? " so far" : "");
    }

    /** A score counted in halves as a person writes it: 5.5 → "5½", 0.5 → "½", 3 → "3". */
    public static String halves(double score) {
        long whole = (long) Math.floor(score);
        boolean half = score - whole >= 0.25;
        return (whole == 0 && half ? "" : String.valueOf(whole)) + (half ? "½" : "");
    }

    public int masteryPercent() {
        return (int) Math.round(mastery * 100);
    }
}
