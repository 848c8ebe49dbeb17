package dev.prunelab.practice.feedback;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An answer split into paragraphs and sentences. Paragraphs are separated by blank lines; list items and lines
 * of a list are sentences of their own; inside a paragraph {@link BreakIterator} finds the sentences (it knows
 * "e.g." and decimals). Markdown markers (#, *, -, 1.) are stripped from the sentence text.
 *
 * @param sentences  every sentence in order
 * @param paragraphs how many paragraphs the answer has
 * @param words      how many words it has
 */
record AnswerText(List<Sentence> sentences, int paragraphs, int words) {

    /**
     * One sentence.
     *
     * @param index     its position in the answer (0-based), as shown in the evidence
     * @param paragraph the paragraph it belongs to (0-based)
     * @param text      the sentence as written
     * @param words     its words, lower case
     */
    record Sentence(int index, int paragraph, String text, List<String> words) {}

    /** Sentences longer than this many words are split; a split piece has at least {@code SHORTEST_CHUNK}. */
    static final int LONGEST = 45, SHORTEST_CHUNK = 12;

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern MARKDOWN = Pattern.compile("^\\s*(?:#+|[-*+>]|\\d+[.)])\\s+|\\*\\*|__|`");

    static AnswerText of(String answer) {
        List<Sentence> sentences = new ArrayList<>();
        String[] blocks = PARAGRAPH_BREAK.split(answer.strip());
        int paragraph = 0;
        for (String block : blocks) {
            if (block.isBlank()) {
                continue;
            }
            for (String line : lines(block)) {
                for (String text : sentencesOf(line).stream()
                        .flatMap(t -> chunks(t).stream())
                        .toList()) {
                    String clean = MARKDOWN.matcher(text).replaceAll("").strip();
                    List<String> words = TextAnalysis.words(clean);
                    if (!words.isEmpty()) {
                        sentences.add(new Sentence(sentences.size(), paragraph, clean, words));
                    }
                }
            }
            paragraph++;
        }
        int words = sentences.stream().mapToInt(s -> s.words().size()).sum();
        return new AnswerText(List.copyOf(sentences), paragraph, words);
    }

    /** List items become lines of their own; other lines of a paragraph are joined. */
    private static List<String> lines(String block) {
        if (!LIST_ITEM.matcher(block).find()) {
            return List.of(block.replaceAll("\\s*\\n\\s*", " "));
        }
        return List.of(block.split("\\n"));
    }

    /**
     * Splits a run-on sentence (a transcript without full stops, or a long chain of clauses) into pieces of at
     * most {@link #LONGEST} words, at commas or semicolons where it can, so each piece is judged on its own.
     */
    private static List<String> chunks(String sentence) {
        String[] words = sentence.split("\\s+");
        if (words.length <= LONGEST) {
            return List.of(sentence);
        }
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int count = 0;
        for (String word : words) {
            chunk.append(chunk.isEmpty() ? "" : " ").append(word);
            count++;
            boolean clauseEnd = word.endsWith(",") || word.endsWith(";") || word.endsWith(":");
            if (count >= LONGEST || clauseEnd && count >= SHORTEST_CHUNK) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
                count = 0;
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }

    private static List<String> sentencesOf(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = iterator.first();
        StringBuilder pending = new StringBuilder();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            pending.append(text, start, end);
            // "Han et al. (2015)" and "vs." are not sentence ends.
            String sofar = pending.toString().stripTrailing();
            if (sofar.endsWith(" al.")
                    || sofar.endsWith(" vs.")
                    || sofar.endsWith(" e.g.")
                    || sofar.endsWith(" i.e.")) {
                continue;
            }
            sentences.add(pending.toString().strip());
            pending.setLength(0);
        }
        if (!pending.isEmpty()) {
            sentences.add(pending.toString().strip());
        }
        return sentences;
    }
}
