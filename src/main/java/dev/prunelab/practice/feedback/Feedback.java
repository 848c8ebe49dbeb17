package dev.prunelab.practice.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The feedback on one answer: either a {@link #message()} asking for more (empty or very short answers, no score),
 * or scores with their evidence, missed points, flagged misconceptions, notes and next steps.
 *
 * <p>Every part is a plain record of strings, numbers and lists, so it serialises to JSON as it is.
 *
 * @param questionId    the question card or follow-up id that was answered
 * @param scored        false when the answer was too short to grade; then only {@code message} and {@code notes.length} say anything
 * @param message       what the candidate must do before a score is given, or empty when {@code scored}
 * @param overall       0–4 with one decimal (0 when not scored)
 * @param dimensions    one score per dimension of the question's rubric, in rubric order
 * @param matchedPoints the key points the answer made, in rubric order
 * @param missedPoints  the key points it did not make, most important first
 * @param misconceptions wrong claims found in the answer, in answer order
 * @param notes         structure, depth and length
 * @param nextSteps     two or three concrete things to study or practise next
 * @param strengths     what the answer did well, most important first (what the feedback page opens with)
 * @param refutations   misconceptions the answer corrected (credited, never flagged)
 * @param partialPoints key points the answer touched without making them, most important first
 * @param sentences     every sentence of the answer with what it earned or was flagged for, for highlighting
 */
public record Feedback(
        String questionId,
        boolean scored,
        String message,
        double overall,
        List<DimensionScore> dimensions,
        List<MatchedPoint> matchedPoints,
        List<MissedPoint> missedPoints,
        List<FlaggedMisconception> misconceptions,
        Notes notes,
        List<NextStep> nextSteps,
        List<String> strengths,
        List<Refutation> refutations,
        List<MissedPoint> partialPoints,
        List<SentenceNote> sentences) {

    /** Feedback stored before a list existed reads it as empty. */
    public Feedback {
        strengths = strengths == null ? List.of() : strengths;
        refutations = refutations == null ? List.of() : refutations;
        partialPoints = partialPoints == null ? List.of() : partialPoints;
        sentences = sentences == null ? List.of() : sentences;
    }

    /** A feedback that asks for a longer answer instead of scoring it. */
    static Feedback needsMore(String questionId, String message, Notes notes) {
        return new Feedback(
                questionId,
                false,
                message,
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                notes,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * A misconception the answer corrected.
     *
     * @param sentence the sentence that corrects it
     * @param text     that sentence as written
     * @param claim    the wrong claim it corrects
     */
    public record Refutation(String dimension, String id, int sentence, String text, String claim) {}

    /** What a sentence of the answer did. */
    public enum Role {
        /** Earned credit for a key point. */
        CREDITED,
        /** Corrected a misconception. */
        REFUTES,
        /** Stated a misconception. */
        FLAGGED,
        /** Earned nothing (on topic or not). */
        NEUTRAL
    }

    /**
     * One sentence of the answer and its role, for highlighting it in place.
     *
     * @param sentence  its index (0-based)
     * @param paragraph the paragraph it belongs to (0-based)
     * @param text      as written
     * @param role      what it did
     * @param points    the key points it earned, or the misconception it stated or corrected
     */
    public record SentenceNote(int sentence, int paragraph, String text, Role role, List<String> points) {

        /** The points or misconceptions, comma-separated (for a tooltip). */
        public String pointList() {
            return String.join(", ", points);
        }

        /** The role in lower case, for a CSS class. */
        public String roleName() {
            return role.name().toLowerCase(Locale.ROOT);
        }
    }

    /** The sentences grouped by paragraph, in order (for showing the answer annotated). */
    public List<List<SentenceNote>> sentenceParagraphs() {
        List<List<SentenceNote>> paragraphs = new ArrayList<>();
        int current = -1;
        for (SentenceNote note : sentences) {
            if (note.paragraph() != current) {
                paragraphs.add(new ArrayList<>());
                current = note.paragraph();
            }
            paragraphs.get(paragraphs.size() - 1).add(note);
        }
        return paragraphs;
    }

    /**
     * What the overall score means on the interviewer's scale: 4 would pass a senior phone screen on this question,
     * 3 solid, 2 partial, 1 weak, 0 off-topic or wrong.
     */
    public String band() {
        if (!scored) {
            return "not scored";
        }
        return overall >= 3.5
                ? "would pass a senior phone screen"
                : overall >= 2.5
                        ? "solid"
                        : overall >= 1.5 ? "partial" : overall >= 0.5 ? "weak" : "off-topic or wrong";
    }

    /**
     * The score of one rubric dimension.
     *
     * @param id       foundations, implementation, tradeoffs, evaluation, applications or communication
     * @param name     the rubric's name for it in this question
     * @param score    0–4 with one decimal
     * @param evidence the sentences that earned it, in answer order
     */
    public record DimensionScore(String id, String name, double score, List<Evidence> evidence) {}

    /**
     * A sentence of the answer that earned credit.
     *
     * @param sentence the sentence's index in the answer (0-based)
     * @param text     the sentence as written
     * @param points   the ids of the key points it matched
     */
    public record Evidence(int sentence, String text, List<String> points) {}

    /**
     * A key point the answer made.
     *
     * @param strength how fully it was made, 0.5–1 (1: said clearly in an explanatory sentence)
     * @param sentences the indexes of the sentences that made it
     */
    public record MatchedPoint(String dimension, String id, String text, double strength, List<Integer> sentences) {}

    /**
     * A key point the answer did not make.
     *
     * @param weight 3 essential, 2 expected, 1 nice to have
     * @param href   the lesson section that teaches it, e.g. {@code /learn/schedules#zhu-and-gupta}
     */
    public record MissedPoint(String dimension, String id, String text, int weight, String href) {}

    /**
     * A sentence that makes a known wrong claim (sentences that negate the claim are not flagged).
     *
     * @param sentence   the sentence's index in the answer
     * @param text       the sentence as written
     * @param claim      the wrong claim it makes
     * @param correction what is true instead
     * @param href       the lesson section that explains it
     */
    public record FlaggedMisconception(
            String dimension, String id, int sentence, String text, String claim, String correction, String href) {}

    /**
     * Notes on how the answer is written.
     *
     * @param structure one note per structural check (definition first, signposting, summary, paragraphs)
     * @param depth     how many of the points made were explained rather than only named
     * @param length    the length verdict with its numbers
     */
    public record Notes(List<String> structure, String depth, Length length) {}

    /**
     * The answer's length against its time box, at 130–150 spoken words per minute.
     *
     * @param words          words in the answer
     * @param spokenMinutes  how long it takes to say at 140 words per minute, one decimal
     * @param timeBoxMinutes the time box it was judged against
     * @param verdict        too short, about right or too long
     * @param note           the verdict in a sentence, with the numbers
     */
    public record Length(int words, double spokenMinutes, int timeBoxMinutes, Verdict verdict, String note) {}

    /**
     * The length a written answer should have for its time box, shown before the learner writes.
     *
     * @param minWords below this the answer is called short
     * @param maxWords above this it is called long
     */
    public record LengthTarget(int minWords, int maxWords) {

        /** The spoken time of the range at 140 words per minute, e.g. "2–5". */
        public String spokenMinutes() {
            return Math.round(minWords / 140.0) + "–" + Math.round(maxWords / 140.0);
        }
    }

    /** How an answer's length compares with its time box. */
    public enum Verdict {
        TOO_SHORT,
        ABOUT_RIGHT,
        TOO_LONG
    }

    /**
     * Something concrete to do next.
     *
     * @param text what to do, naming the lesson and section
     * @param href where to do it
     */
    public record NextStep(String text, String href) {}
}
