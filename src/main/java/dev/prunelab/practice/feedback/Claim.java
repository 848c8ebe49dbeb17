package dev.prunelab.practice.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One claim of an answer: a whole sentence, or one of its clauses when the sentence joins several ("X, but Y";
 * "X; Y"), with what decides its {@link Stance}: its negations, whether it is hedged or absolute, and whether it is
 * framed as an error or as somebody else's belief.
 *
 * <p>Misconceptions are judged on every claim of a sentence, so "pruning doesn't need special hardware, and 90%
 * sparsity gives a 10x speed-up" states the second claim although the sentence holds a negation. A report ("people
 * assume…") carries over to the clauses after it until a contrast ("but", "however", "in practice") hands the
 * sentence back to the writer; error words ("myth", "mistake") frame the whole sentence; a short dismissal that
 * follows ("That's not true.") frames the sentence before it.
 *
 * @param sentence    the index of the sentence it comes from
 * @param text        the claim as written
 * @param words       its words, lower case
 * @param whole       whether it is the whole sentence (false for a clause)
 * @param negations   how many negating words it holds
 * @param framed      whether it is held up as an error or a belief, not asserted
 * @param hedged      whether it says "can", "may", "often"…
 * @param absolute    whether it says "always", "every", "10x"…
 */
record Claim(
        int sentence,
        String text,
        List<String> words,
        boolean whole,
        int negations,
        boolean framed,
        boolean hedged,
        boolean absolute) {

    /** Where a sentence splits into clauses judged on their own. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*;\\s*|\\s*[—–]\\s+|,?\\s+(?=(but|however|whereas|"
            + "although|though|yet|while|and so|so|which means|and that means|and)\\s)|,\\s+(?=(in practice|in reality|"
            + "actually|in fact)\\b)");

    /** Words that open a clause taking the sentence back from a reported belief. */
    private static final Pattern CONTRAST =
            Pattern.compile("^(but|however|whereas|although|though|yet|in practice|in reality|actually|in fact)\\b");

    /** Clauses shorter than this many words stay part of the clause before them. */
    private static final int SHORTEST_CLAUSE = 4;

    /**
     * The claims of one sentence: the sentence itself, then its clauses when it has more than one.
     *
     * @param dismissedByNext whether the next sentence only says this one is wrong
     */
    static List<Claim> of(AnswerText.Sentence sentence, boolean dismissedByNext) {
        boolean errorWords = dismissedByNext
                || Stance.errorWords(sentence.words())
                || Stance.errorWords(TextAnalysis.words(sentence.context()))
                || Stance.quoted(sentence.text());
        List<String> clauses = clauses(sentence.text());
        List<Claim> claims = new ArrayList<>();
        boolean sentenceFramed = errorWords || Stance.reports(sentence.text());
        claims.add(claim(sentence.index(), sentence.text(), sentence.words(), true, sentenceFramed));
        if (clauses.size() > 1) {
            boolean reported = false;
            for (String clause : clauses) {
                List<String> words = TextAnalysis.words(clause);
                boolean contrast =
                        CONTRAST.matcher(clause.toLowerCase(Locale.ROOT)).find();
                boolean own = Stance.reports(clause);
                reported = own || reported && !contrast;
                claims.add(claim(sentence.index(), clause, words, false, errorWords || reported));
            }
        }
        return claims;
    }

    private static Claim claim(int sentence, String text, List<String> words, boolean whole, boolean framed) {
        return new Claim(
                sentence,
                text,
                words,
                whole,
                TextAnalysis.negations(words),
                framed,
                Stance.hedged(words),
                Stance.absolute(words));
    }

    /** The clauses of a sentence, each at least {@link #SHORTEST_CLAUSE} words (shorter ones join the one before). */
    static List<String> clauses(String sentence) {
        List<String> clauses = new ArrayList<>();
        for (String piece : CLAUSE_BREAK.split(sentence)) {
            String clause = piece.strip();
            if (clause.isEmpty()) {
                continue;
            }
            if (!clauses.isEmpty() && TextAnalysis.words(clause).size() < SHORTEST_CLAUSE) {
                clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + " " + clause);
            } else if (!clauses.isEmpty()
                    && TextAnalysis.words(clauses.get(clauses.size() - 1)).size() < SHORTEST_CLAUSE) {
                clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + " " + clause);
            } else {
                clauses.add(clause);
            }
        }
        return clauses;
    }
}
