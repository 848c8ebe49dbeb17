package dev.prunelab.practice.feedback;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer split into paragraphs and sentences. Paragraphs are separated by blank lines; list items and lines
 * of a list are sentences of their own; inside a paragraph {@link BreakIterator} finds the sentences (it knows
 * "e.g." and decimals). Markdown markers (#, *, -, 1.) are stripped from the sentence text.
 *
 * <p>Headings — a Markdown {@code #} line, a line in bold on its own, or a short line ending in a colon — are not
 * sentences: they are counted as {@link #headings} (signposts) and become the {@link Sentence#context} of what
 * follows them, as does the lead-in line of a list ("Common mistakes:"), so a claim listed under "Pitfalls" is read
 * as a pitfall and not as the writer's own view.
 *
 * @param sentences  every sentence in order
 * @param paragraphs how many paragraphs the answer has
 * @param words      how many words it has (headings included)
 * @param headings   how many headings it has
 */
record AnswerText(List<Sentence> sentences, int paragraphs, int words, int headings) {

    /**
     * One sentence.
     *
     * @param index     its position in the answer (0-based), as shown in the evidence
     * @param paragraph the paragraph it belongs to (0-based)
     * @param text      the sentence as written
     * @param words     its words, lower case
     * @param context   the heading or list lead-in it stands under, or empty
     */
    record Sentence(int index, int paragraph, String text, List<String> words, String context) {}

    /** Sentences longer than this many words are split; a split piece has at least {@code SHORTEST_CHUNK}. */
    static final int LONGEST = 45, SHORTEST_CHUNK = 12;
    /** A line of at most this many words that ends in a colon or stands in bold alone is a heading. */
    static final int HEADING_WORDS = 8;

    private static final Pattern CLOSING = Pattern.compile("([\"”’'*_).!?]+)(?:\\s+|$)");
    /**
     * A sentence end hidden from the sentence iterator by emphasis after it ({@code **"…zero."** L2 shrinks…}): a
     * bold quoted claim followed by its correction is two sentences (only a quotation is split off, so a bold claim
     * without quotes keeps the framing of what follows it).
     */
    private static final Pattern EMPHASISED_END =
            Pattern.compile("(?<=[.!?][\"”’']?[*_]{1,2})\\s+(?=[\"“*_]*[A-Z0-9])");

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern MARKDOWN = Pattern.compile("^\\s*(?:#+|[-*+>]|\\d+[.)])\\s+|\\*\\*|__|`");
    private static final Pattern HEADING =
            Pattern.compile("^\\s*(#+\\s+.+|\\*\\*[^*]+\\*\\*[:.]?|__[^_]+__[:.]?|[^.!?]{1,80}:)\\s*$");

    static AnswerText of(String answer) {
        List<Sentence> sentences = new ArrayList<>();
        String[] blocks = PARAGRAPH_BREAK.split(answer.strip());
        int paragraph = 0, words = 0, headings = 0;
        String heading = "";
        for (String block : blocks) {
            if (block.isBlank()) {
                continue;
            }
            String context = heading;
            boolean anything = false;
            List<String> lines = lines(block);
            for (String line : lines) {
                String clean = MARKDOWN.matcher(line).replaceAll("").strip();
                if (isHeading(line)) {
                    headings++;
                    words += TextAnalysis.words(clean).size();
                    context = clean;
                    // A Markdown or bold heading, or a line standing alone, heads what follows; a lead-in only its
                    // list.
                    if (!anything
                            && (lines.size() == 1
                                    || !clean.endsWith(":")
                                    || line.strip().startsWith("#"))) {
                        heading = clean;
                    }
                    continue;
                }
                for (String text : sentencesOf(line).stream()
                        .flatMap(t -> chunks(t).stream())
                        .toList()) {
                    String sentence = MARKDOWN.matcher(text).replaceAll("").strip();
                    List<String> sentenceWords = TextAnalysis.words(sentence);
                    if (!sentenceWords.isEmpty()) {
                        sentences.add(new Sentence(sentences.size(), paragraph, sentence, sentenceWords, context));
                        words += sentenceWords.size();
                        anything = true;
                    }
                }
            }
            if (anything) {
                paragraph++;
            }
        }
        return new AnswerText(List.copyOf(sentences), paragraph, words, headings);
    }

    private static boolean isHeading(String line) {
        if (!HEADING.matcher(line).matches()) {
            return false;
        }
        int words = TextAnalysis.words(MARKDOWN.matcher(line).replaceAll("")).size();
        return line.strip().startsWith("#") || words <= HEADING_WORDS;
    }

    /** List items become lines of their own; other lines of a paragraph are joined, a heading line kept apart. */
    private static List<String> lines(String block) {
        String[] raw = block.split("\\n");
        List<String> lines = new ArrayList<>();
        boolean list = LIST_ITEM.matcher(block).find();
        StringBuilder joined = new StringBuilder();
        for (String line : raw) {
            if (list || isHeading(line)) {
                if (!joined.isEmpty()) {
                    lines.add(joined.toString());
                    joined.setLength(0);
                }
                lines.add(line);
            } else {
                joined.append(joined.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        if (!joined.isEmpty()) {
            lines.add(joined.toString());
        }
        return lines;
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
            add(sentences, pending.toString().strip());
            pending.setLength(0);
        }
        if (!pending.isEmpty()) {
            add(sentences, pending.toString().strip());
        }
        return sentences;
    }

    /**
     * Adds a sentence, giving closing quotes and emphasis that the iterator left at its start
     * ({@code .} and {@code "* It only…} after {@code *"…automatically}) back to the sentence before, so a quoted claim stays quoted.
     */
    private static void add(List<String> sentences, String text) {
        String rest = text;
        for (String[] parts = EMPHASISED_END.split(rest, 2);
                parts.length == 2 && Stance.quoted(parts[0]);
                parts = EMPHASISED_END.split(rest, 2)) {
            addOne(sentences, parts[0].strip());
            rest = parts[1];
        }
        addOne(sentences, rest.strip());
    }

    private static void addOne(List<String> sentences, String sentence) {
        Matcher closing = CLOSING.matcher(sentence);
        if (!sentences.isEmpty() && closing.lookingAt()) {
            int last = sentences.size() - 1;
            sentences.set(last, sentences.get(last) + closing.group(1));
            sentence = sentence.substring(closing.end()).strip();
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
    }
}
