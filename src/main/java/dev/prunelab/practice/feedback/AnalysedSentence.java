package dev.prunelab.practice.feedback;

import dev.prunelab.practice.feedback.AnswerText.Sentence;
import java.util.List;
import java.util.Set;

/**
 * A sentence ready for matching: its stems and how explanatory it is.
 *
 * <p>{@code explanation} (0–1) is what stops keyword stuffing: a real explanation is at least a clause long and
 * about a third function words ("because", "so", "which", "by", "is"…); a list of terms is short or almost all
 * nouns, and comma-separated lists are discounted again. Credit a sentence earns is multiplied by it.
 *
 * @param explains whether it gives a reason or mechanism (because, so, which means, by, since, therefore…)
 */
record AnalysedSentence(Sentence sentence, Phrase phrase, double explanation, boolean explains) {

    private static final int CLAUSE_WORDS = 7;
    private static final double PROSE_SHARE = 0.2, LIST_SHARE = 0.03, LIST_COMMAS_PER_WORD = 0.25;
    private static final Set<String> CONNECTIVES = Set.of(
            "because",
            "so",
            "which",
            "by",
            "means",
            "since",
            "therefore",
            "thus",
            "when",
            "if",
            "otherwise",
            "whereas",
            "while",
            "unless",
            "hence",
            "why",
            "how");

    static AnalysedSentence of(Sentence sentence, TextAnalysis analysis) {
        List<String> words = sentence.words();
        double share = TextAnalysis.functionWordShare(words);
        double explanation = clamp((share - LIST_SHARE) / (PROSE_SHARE - LIST_SHARE));
        explanation *= Math.min(1.0, words.size() / (double) CLAUSE_WORDS);
        long commas = sentence.text().chars().filter(c -> c == ',' || c == ';').count();
        if (commas / (double) words.size() > LIST_COMMAS_PER_WORD) {
            explanation *= 0.5;
        }
        boolean explains = words.stream().anyMatch(CONNECTIVES::contains);
        return new AnalysedSentence(
                sentence,
                Phrase.of(sentence.text(), analysis.stems(sentence.text())),
                Math.max(explanation, 0.1),
                explains);
    }

    int index() {
        return sentence.index();
    }

    static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
