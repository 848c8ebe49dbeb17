package dev.prunelab.engine.transformer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as Hugging Face {@code tokenizers} runs a {@code tokenizer.json}
 * of type BertNormalizer + BertPreTokenizer + WordPiece with the template {@code [CLS] A [SEP]}:
 *
 * <ol>
 *   <li>literal special tokens in the raw text ({@code [CLS]}, {@code [SEP]}, {@code [MASK]}, …) are kept
 *       whole, leftmost first, the longest at a position;
 *   <li>the text between them is normalised and split into words ({@link BertText});
 *   <li>each word becomes its greedy longest-match pieces, later pieces with the {@code ##} prefix; a
 *       word with no full match, or longer than 100 characters, becomes {@code [UNK]};
 *   <li>the result is {@code [CLS]}, at most {@code maxTokens − 2} pieces, {@code [SEP]}.
 * </ol>
 *
 * <pre>{@code
 * tokenizer.encode("Pruning removes weights."); // [101, 10975, 5178, 20362, 15871, 1012, 102]
 * }</pre>
 *
 * Immutable and thread-safe once built.
 */
public final class WordPieceTokenizer {

    /** The sequence length the model was trained with: {@code [CLS]}, 126 pieces, {@code [SEP]}. */
    public static final int MAX_TOKENS = 128;

    private final Map<String, Integer> vocabulary;
    private final List<Map.Entry<String, Integer>> specials;
    private final String continuationPrefix;
    private final int maxWordChars;
    private final int maxPieceChars;
    private final int unknown;
    private final int classify;
    private final int separator;
    private final int maxTokens;

    private WordPieceTokenizer(
            Map<String, Integer> vocabulary,
            List<Map.Entry<String, Integer>> specials,
            String continuationPrefix,
            int maxWordChars,
            String unknownToken,
            int maxTokens) {
        this.vocabulary = vocabulary;
        this.specials = specials;
        this.continuationPrefix = continuationPrefix;
        this.maxWordChars = maxWordChars;
        this.maxPieceChars =
                vocabulary.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.unknown = idOf(vocabulary, unknownToken);
        this.classify = idOf(vocabulary, "[CLS]");
        this.separator = idOf(vocabulary, "[SEP]");
        this.maxTokens = maxTokens;
    }

    /**
     * Builds the tokenizer a {@code tokenizer.json} describes.
     *
     * @param json the file's text
     * @param maxTokens the truncation length, at least 2
     * @throws IllegalArgumentException when the file is not a BERT uncased WordPiece tokenizer
     */
    @SuppressWarnings("unchecked")
    public static WordPieceTokenizer fromJson(String json, int maxTokens) {
        if (maxTokens < 2) {
            throw new IllegalArgumentException("maxTokens must be >= 2, got " + maxTokens);
        }
        Map<String, Object> spec = (Map<String, Object>) JsonValue.parse(json);
        Map<String, Object> normalizer = (Map<String, Object>) spec.get("normalizer");
        Map<String, Object> preTokenizer = (Map<String, Object>) spec.get("pre_tokenizer");
        Map<String, Object> model = (Map<String, Object>) spec.get("model");
        boolean bertUncased = normalizer != null
                && "BertNormalizer".equals(normalizer.get("type"))
                && Boolean.TRUE.equals(normalizer.get("lowercase"))
                && Boolean.TRUE.equals(normalizer.get("clean_text"))
                && Boolean.TRUE.equals(normalizer.get("handle_chinese_chars"))
                && !Boolean.FALSE.equals(normalizer.get("strip_accents"))
                && preTokenizer != null
                && "BertPreTokenizer".equals(preTokenizer.get("type"))
                && model != null
                && "WordPiece".equals(model.get("type"));
        if (!bertUncased) {
            throw new IllegalArgumentException(
                    "tokenizer.json must describe BERT uncased WordPiece (BertNormalizer, BertPreTokenizer)");
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        ((Map<String, Object>) model.get("vocab")).forEach((k, v) -> vocabulary.put(k, ((Number) v).intValue()));
        List<Map.Entry<String, Integer>> specials = new ArrayList<>();
        for (Map<String, Object> token : (List<Map<String, Object>>) spec.get("added_tokens")) {
            specials.add(Map.entry((String) token.get("content"), ((Number) token.get("id")).intValue()));
        }
        specials.sort(Comparator.comparingInt(
                (Map.Entry<String, Integer> e) -> -e.getKey().length()));
        return new WordPieceTokenizer(
                Map.copyOf(vocabulary),
                List.copyOf(specials),
                (String) model.get("continuing_subword_prefix"),
                ((Number) model.get("max_input_chars_per_word")).intValue(),
                (String) model.get("unk_token"),
                maxTokens);
    }

    /**
     * @param text any text
     * @return the token ids, {@code [CLS]} first and {@code [SEP]} last, at most the truncation length
     */
    public int[] encode(String text) {
        List<String> words = new ArrayList<>();
        IntList ids = new IntList();
        int position = 0;
        while (true) {
            int at = -1;
            Map.Entry<String, Integer> special = null;
            for (Map.Entry<String, Integer> candidate : specials) {
                int found = text.indexOf(candidate.getKey(), position);
                if (found >= 0 && (at < 0 || found < at)) {
                    at = found;
                    special = candidate;
                }
            }
            words.clear();
            BertText.splitWords(BertText.normalize(text.substring(position, at < 0 ? text.length() : at)), words);
            for (String word : words) {
                appendPieces(word, ids);
            }
            if (special == null) {
                break;
            }
            ids.add(special.getValue());
            position = at + special.getKey().length();
        }
        int kept = Math.min(ids.size, maxTokens - 2);
        int[] out = new int[kept + 2];
        out[0] = classify;
        System.arraycopy(ids.values, 0, out, 1, kept);
        out[kept + 1] = separator;
        return out;
    }

    /** The number of tokens {@link #encode} gives, {@code [CLS]} and {@code [SEP]} included. */
    public int countTokens(String text) {
        return encode(text).length;
    }

    /** The truncation length. */
    public int maxTokens() {
        return maxTokens;
    }

    private void appendPieces(String word, IntList ids) {
        int chars = word.codePointCount(0, word.length());
        if (chars > maxWordChars) {
            ids.add(unknown);
            return;
        }
        int mark = ids.size;
        int start = 0;
        while (start < word.length()) {
            int end = Math.min(word.length(), start + maxPieceChars);
            Integer id = null;
            for (; end > start; end--) {
                if (end < word.length() && Character.isLowSurrogate(word.charAt(end))) {
                    continue; // never split a surrogate pair
                }
                String piece = word.substring(start, end);
                id = vocabulary.get(start == 0 ? piece : continuationPrefix + piece);
                if (id != null) {
                    break;
                }
            }
            if (id == null) {
                ids.size = mark;
                ids.add(unknown);
                return;
            }
            ids.add(id);
            start = end;
        }
    }

    private static int idOf(Map<String, Integer> vocabulary, String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException("tokenizer.json vocabulary must contain " + token);
        }
        return id;
    }

    /** A growable int array (the ids of one text). */
    private static final class IntList {
        int[] values = new int[64];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
