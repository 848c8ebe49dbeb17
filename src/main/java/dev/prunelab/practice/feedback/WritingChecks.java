package dev.prunelab.practice.feedback;

import dev.prunelab.practice.feedback.Feedback.Length;
import dev.prunelab.practice.feedback.Feedback.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the answer is written, independent of what it says: structure (definition first, signposting, a summary,
 * paragraphs) and length against the time box. Each check is a plain-text heuristic that explains itself in the
 * notes; {@link #structureScore} turns them into 0–4 for the communication dimension.
 */
final class WritingChecks {

    /** Spoken words per minute: the range an interviewer expects, and the midpoint used to time an answer. */
    static final int SLOW_WPM = 130, FAST_WPM = 150, WPM = 140;

    /** A defining verb within the first four words: "Model pruning is…", "Pruning means…". */
    private static final Pattern DEFINITION =
            Pattern.compile("^(\\S+\\s+){1,3}(is|are|means|refers to|consists of)\\b");

    private static final Pattern SIGNPOST = Pattern.compile("^(first(ly)?|second(ly)?|third(ly)?|next|then|finally|"
            + "lastly|moving on|now (for|to|on)|turning to|let me|i'll (cover|go|start|explain)|i will (cover|go|start)|"
            + "to start|on the .* side|for (evaluation|example)|in practice|when to|as for)\\b");
    private static final Pattern SUMMARY =
            Pattern.compile("\\b(to sum up|in summary|in short|in conclusion|to conclude|"
                    + "overall|bottom line|to close|to summari[sz]e|all in all|in a nutshell|so my answer)\\b");
    private static final int PARAGRAPH_WORDS = 150, CLOSING_SENTENCES = 3;

    record Structure(boolean definitionFirst, int signposts, boolean summary, boolean paragraphsOk) {}

    static Structure structure(AnswerText answer, List<AnalysedSentence> sentences, double[] topicality) {
        List<AnswerText.Sentence> all = answer.sentences();
        boolean definition = false;
        for (int i = 0; i < Math.min(2, all.size()); i++) {
            definition |= DEFINITION.matcher(lower(all.get(i).text())).find() && topicality[i] >= Similarity.LOW;
        }
        int signposts = answer.headings()
                + (int) all.stream()
                        .filter(s -> SIGNPOST.matcher(lower(s.text())).find())
                        .count();
        // The close is the last paragraph, or the last three sentences of a single block.
        int lastParagraph = all.isEmpty() ? 0 : all.get(all.size() - 1).paragraph();
        boolean summary = all.stream()
                .filter(s -> s.paragraph() == lastParagraph && lastParagraph > 0
                        || s.index() >= all.size() - CLOSING_SENTENCES)
                .anyMatch(s -> SUMMARY.matcher(lower(s.text())).find());
        boolean paragraphsOk = answer.words() < PARAGRAPH_WORDS || answer.paragraphs() >= 2;
        return new Structure(definition, signposts, summary, paragraphsOk);
    }

    /** 0–4 from the structure checks and the length verdict. */
    static double structureScore(Structure structure, Length length) {
        double score = (structure.definitionFirst() ? 1.0 : 0)
                + Math.min(1.0, structure.signposts() / 2.0)
                + (structure.summary() ? 0.7 : 0)
                + (structure.paragraphsOk() ? 0.5 : 0)
                + (length.verdict() == Verdict.ABOUT_RIGHT ? 0.8 : 0);
        return score;
    }

    static List<String> structureNotes(Structure structure) {
        List<String> notes = new ArrayList<>();
        notes.add(
                structure.definitionFirst()
                        ? "Definition first: the answer opens by saying what the topic is."
                        : "No definition first: open with one sentence saying what it is, why it works and what it gains.");
        notes.add(
                structure.signposts() >= 2
                        ? "Signposting: " + structure.signposts() + " sentences mark the parts of the answer."
                        : "Little signposting: announce the parts (how it works, when to use it, pitfalls, evaluation) and mark each transition.");
        notes.add(
                structure.summary()
                        ? "Summary: the answer ends with a closing judgement."
                        : "No summary: close with a one-line judgement and an offer to go deeper.");
        if (!structure.paragraphsOk()) {
            notes.add("One block of text: give each part of the answer its own paragraph.");
        }
        return List.copyOf(notes);
    }

    /**
     * The length a written answer should have for a time box: about 30 to 70 words per minute of the box (a
     * 10-minute question: 300–700 words, 2–5 minutes spoken, which leaves the interviewer time for follow-ups), and
     * at least up to 250 words, which a two-minute follow-up answered in depth takes.
     */
    static Feedback.LengthTarget target(int timeBoxMinutes) {
        return new Feedback.LengthTarget(30 * timeBoxMinutes, Math.max(70 * timeBoxMinutes, 250));
    }

    static Length length(int words, int timeBoxMinutes, boolean followUp) {
        double spoken = Math.round(words * 10.0 / WPM) / 10.0;
        Feedback.LengthTarget target = target(timeBoxMinutes);
        String numbers = String.format(
                Locale.ROOT,
                "%d words, about %.1f minutes spoken at %d words per minute; for a %d-minute %s aim for %d–%d words",
                words,
                spoken,
                WPM,
                timeBoxMinutes,
                followUp ? "follow-up" : "question",
                target.minWords(),
                target.maxWords());
        if (words < target.minWords()) {
            return new Length(
                    words,
                    spoken,
                    timeBoxMinutes,
                    Verdict.TOO_SHORT,
                    "Short: " + numbers + ". Use the time to explain the mechanism and the trade-offs.");
        }
        if (words > target.maxWords()) {
            return new Length(
                    words,
                    spoken,
                    timeBoxMinutes,
                    Verdict.TOO_LONG,
                    "Long: " + numbers + ". Cut repetition and keep the close.");
        }
        return new Length(words, spoken, timeBoxMinutes, Verdict.ABOUT_RIGHT, "About right: " + numbers + ".");
    }

    static String depthNote(int explained, int named, int listLike) {
        String note = explained + named == 0
                ? "No key point was made clearly enough to count."
                : explained + " of the " + (explained + named)
                        + " points made are explained (a reason or mechanism: because, " + "so, which means, by…); "
                        + named + (named == 1 ? " is" : " are") + " only named.";
        if (listLike > 0) {
            note += " " + listLike + (listLike == 1 ? " sentence reads" : " sentences read")
                    + " like a list of terms; terms without an explanation earn little credit.";
        }
        return note;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
