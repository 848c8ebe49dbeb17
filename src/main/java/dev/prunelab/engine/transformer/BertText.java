package dev.prunelab.engine.transformer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The text rules of BERT's uncased tokenizer before WordPiece: Hugging Face {@code tokenizers}'
 * BertNormalizer (clean text, spaces around CJK ideographs, strip accents, lowercase) followed by its
 * BertPreTokenizer (split on whitespace, every punctuation character a word of its own).
 *
 * <p>Character classes follow the Rust library, not Java's own {@code Character.isWhitespace}: Unicode
 * White_Space (so NBSP and thin spaces split words), category C* removed except tab, newline and carriage
 * return, and "punctuation" meaning ASCII punctuation (which includes {@code $ + < = > ^ ` | ~}) or a
 * Unicode P* category (so {@code × → ≥} stay inside words).
 */
final class BertText {

    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private BertText() {}

    /**
     * BertNormalizer with clean_text, handle_chinese_chars, strip_accents and lowercase all on.
     *
     * @param text raw text (without literal special tokens, which are matched before normalising)
     * @return the normalised text
     */
    static String normalize(String text) {
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT)
                    .replace('\t', ' ')
                    .replace('\n', ' ')
                    .replace('\r', ' ');
        }
        StringBuilder cleaned = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
            }
            if (isWhitespace(cp)) {
                cleaned.append(' ');
            } else if (isCjk(cp)) {
                cleaned.append(' ').appendCodePoint(cp).append(' ');
            } else {
                cleaned.appendCodePoint(cp);
            }
        });
        StringBuilder out = new StringBuilder(cleaned.length());
        Normalizer.normalize(cleaned, Normalizer.Form.NFD).codePoints().forEach(cp -> {
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                appendLowercase(out, cp);
            }
        });
        return out.toString();
    }

    /**
     * BertPreTokenizer: words split on whitespace, each punctuation character a word of its own.
     *
     * @param normalized the output of {@link #normalize}
     * @param words receives the words in order
     */
    static void splitWords(String normalized, List<String> words) {
        int start = -1;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWhitespace(cp) || isPunctuation(cp)) {
                if (start >= 0) {
                    words.add(normalized.substring(start, i));
                    start = -1;
                }
                if (!isWhitespace(cp)) {
                    words.add(normalized.substring(i, next));
                }
            } else if (start < 0) {
                start = i;
            }
            i = next;
        }
        if (start >= 0) {
            words.add(normalized.substring(start));
        }
    }

    /** Printable ASCII plus tab, newline and carriage return: nothing to clean, decompose or strip. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lowercases one character on its own, as Rust's {@code char::to_lowercase}: the full mapping (İ becomes
     * two characters) but no context rule (a lone Σ becomes σ, never the final ς).
     */
    private static void appendLowercase(StringBuilder out, int cp) {
        if (cp < 0x80) {
            out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else {
            out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
        }
    }

    /** Unicode White_Space, as Rust's {@code char::is_whitespace}. */
    static boolean isWhitespace(int cp) {
        return (cp >= 9 && cp <= 13)
                || cp == 32
                || cp == 0x85
                || cp == 0xA0
                || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A)
                || cp == 0x2028
                || cp == 0x2029
                || cp == 0x202F
                || cp == 0x205F
                || cp == 0x3000;
    }

    /** Category C* (control, format, unassigned, private use, surrogate) except tab, newline and return. */
    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    /** The CJK Unified Ideograph blocks BERT puts spaces around (not Hangul, not kana). */
    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F)
                || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B920 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    private static boolean isPunctuation(int cp) {
        if (cp < 0x80) {
            return ASCII_PUNCTUATION.indexOf(cp) >= 0;
        }
        int type = Character.getType(cp);
        return type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
