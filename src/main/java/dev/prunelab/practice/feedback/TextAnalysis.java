package dev.prunelab.practice.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into the stems the matcher compares, with Lucene's {@link EnglishAnalyzer} (lower case, stop words
 * removed, Porter stemming), plus a few domain synonyms folded onto one stem so "delete the parameters" meets
 * "remove the weights". Also counts function words, the cheap signal that tells prose from a list of terms.
 * Thread-safe: the analyzer reuses its token streams per thread.
 */
final class TextAnalysis {

    /** Stems folded together after stemming: each key is read as its value. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("delet", "remov"),
            Map.entry("elimin", "remov"),
            Map.entry("discard", "remov"),
            Map.entry("cut", "remov"),
            Map.entry("paramet", "weight"),
            Map.entry("connect", "weight"),
            Map.entry("faster", "fast"),
            Map.entry("quicker", "fast"),
            Map.entry("speedup", "fast"),
            Map.entry("speed", "fast"),
            Map.entry("smaller", "small"),
            Map.entry("bigger", "larg"),
            Map.entry("big", "larg"),
            Map.entry("larger", "larg"),
            Map.entry("retrain", "finetun"),
            Map.entry("minim", "minimis"),
            Map.entry("minimiz", "minimis"),
            Map.entry("optim", "optimis"),
            Map.entry("optimiz", "optimis"));

    /** Words that carry grammar rather than topic; natural explanations are 35–55% function words. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a",
            "an",
            "the",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "am",
            "it",
            "its",
            "that",
            "this",
            "these",
            "those",
            "which",
            "who",
            "what",
            "how",
            "why",
            "where",
            "when",
            "while",
            "so",
            "because",
            "since",
            "by",
            "if",
            "then",
            "than",
            "of",
            "to",
            "in",
            "on",
            "for",
            "with",
            "as",
            "at",
            "from",
            "into",
            "about",
            "you",
            "we",
            "i",
            "they",
            "he",
            "she",
            "our",
            "your",
            "their",
            "my",
            "me",
            "us",
            "them",
            "can",
            "could",
            "will",
            "would",
            "should",
            "may",
            "might",
            "must",
            "do",
            "does",
            "did",
            "not",
            "no",
            "more",
            "less",
            "each",
            "every",
            "has",
            "have",
            "had",
            "but",
            "and",
            "or",
            "also",
            "only",
            "just",
            "there",
            "here",
            "all",
            "any",
            "some",
            "much",
            "many",
            "most",
            "very",
            "too",
            "even",
            "still",
            "up",
            "out",
            "over",
            "means",
            "makes",
            "make",
            "gives",
            "give",
            "get",
            "gets",
            "let",
            "s",
            "t",
            "don't",
            "doesn't",
            "isn't",
            "it's",
            "that's",
            "i'd",
            "i'm",
            "you're",
            "we'd",
            "can't",
            "won't",
            "therefore",
            "thus",
            "whether");

    /** Words that turn a statement around. */
    private static final Set<String> NEGATIONS = Set.of(
            "not",
            "no",
            "never",
            "none",
            "nothing",
            "neither",
            "nor",
            "cannot",
            "without",
            "rarely",
            "seldom",
            "hardly",
            "barely",
            "poorly",
            "badly",
            "fails",
            "fail",
            "failed",
            "unlikely");

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’:.\\-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern TEX_COMMAND = Pattern.compile("\\\\[a-zA-Z]+|[{}$^_]");

    private final Analyzer analyzer = new EnglishAnalyzer();

    /** The stems of a text, in order, with TeX commands removed and synonyms folded. */
    List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream stream =
                analyzer.tokenStream("text", TEX_COMMAND.matcher(text).replaceAll(" "))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String stem = term.toString();
                stems.add(SYNONYMS.getOrDefault(stem, stem));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    /** The words of a text as written, lower case (contractions kept whole). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The share of the words that are function words: low for a list of terms, 0.35–0.55 for prose. */
    static double functionWordShare(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        return words.stream().filter(FUNCTION_WORDS::contains).count() / (double) words.size();
    }

    /** How many negating words (not, no, never, n't, …) the words hold. */
    static int negations(List<String> words) {
        return (int) words.stream()
                .filter(w -> NEGATIONS.contains(w) || w.endsWith("n't"))
                .count();
    }
}
