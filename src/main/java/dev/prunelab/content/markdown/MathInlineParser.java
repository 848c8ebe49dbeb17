package dev.prunelab.content.markdown;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads {@code $…$} and {@code $$…$$} inside a paragraph so that Markdown never sees the TeX: underscores,
 * asterisks and backslashes inside a formula reach KaTeX untouched.
 *
 * <p>The rules follow Pandoc's, which keep ordinary dollar signs usable in prose: an opening {@code $} must be
 * followed by a non-space, a closing {@code $} must follow a non-space and must not be followed by a digit.
 * A {@code \$} inside a formula does not close it. Text that does not match stays literal text.
 */
final class MathInlineParser implements InlineContentParser {

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new MathInlineParser();
        }
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        int dollars = scanner.matchMultiple('$');
        if (dollars > 2) {
            return ParsedInline.none();
        }
        Position contentStart = scanner.position();
        char first = scanner.peek();
        if (dollars == 1 && (first == Scanner.END || Character.isWhitespace(first))) {
            return ParsedInline.none();
        }
        char previous = '$';
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '\\') {
                scanner.next();
                previous = '\\';
                if (scanner.hasNext()) {
                    previous = scanner.peek();
                    scanner.next();
                }
                continue;
            }
            if (c == '$') {
                Position contentEnd = scanner.position();
                if (dollars == 2) {
                    if (scanner.next("$$")) {
                        return found(scanner, contentStart, contentEnd, true);
                    }
                    scanner.next();
                    previous = '$';
                    continue;
                }
                scanner.next();
                boolean closes = !Character.isWhitespace(previous) && !Character.isDigit(scanner.peek());
                if (closes) {
                    return found(scanner, contentStart, contentEnd, false);
                }
                previous = '$';
                continue;
            }
            previous = c;
            scanner.next();
        }
        scanner.setPosition(start);
        return ParsedInline.none();
    }

    private static ParsedInline found(Scanner scanner, Position from, Position to, boolean display) {
        String tex = scanner.getSource(from, to).getContent().strip();
        if (tex.isEmpty()) {
            return ParsedInline.none();
        }
        return ParsedInline.of(new MathInline(tex, display), scanner.position());
    }
}
