package dev.prunelab.progress;

/**
 * How well a learner knows one lesson, from three signals (each 0–1):
 * <ul>
 *   <li>quiz: the share of the lesson's quiz questions whose latest answer is right;</li>
 *   <li>cards: the mean over the lesson's flashcards of min(1, stability / 21 days) — a card whose memory lasts three
 *       weeks counts as learned, an unreviewed card as 0;</li>
 *   <li>practice: the share of rubric key points taught by this lesson that the learner's practice answers covered.</li>
 * </ul>
 * {@code mastery = 0.4·quiz + 0.3·cards + 0.3·practice}, renormalised over the signals the lesson has (a lesson that no
 * rubric point links to is scored on quiz and cards alone).
 */
public record Mastery(
        String lessonId, String title, String href, double quiz, double cards, Double practice, double mastery) {

    public static final double QUIZ_WEIGHT = 0.4, CARDS_WEIGHT = 0.3, PRACTICE_WEIGHT = 0.3;
    /** Stability (days) at which a card counts as fully learned. */
    public static final double LEARNED_STABILITY_DAYS = 21;

    /** Combines the signals; {@code practice} is null when no rubric point links to the lesson. */
    public static Mastery of(String lessonId, String title, String href, double quiz, double cards, Double practice) {
        double weighted =
                QUIZ_WEIGHT * quiz + CARDS_WEIGHT * cards + (practice == null ? 0 : PRACTICE_WEIGHT * practice);
        double weights = QUIZ_WEIGHT + CARDS_WEIGHT + (practice == null ? 0 : PRACTICE_WEIGHT);
        return new Mastery(lessonId, title, href, quiz, cards, practice, weighted / weights);
    }

    /** A card's contribution to the cards signal. */
    public static double cardStrength(double stabilityDays) {
        return Math.min(1, stabilityDays / LEARNED_STABILITY_DAYS);
    }

    public int percent() {
        return (int) Math.round(mastery * 100);
    }
}
