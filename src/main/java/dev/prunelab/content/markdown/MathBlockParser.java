package dev.prunelab.content.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Reads a display formula block: it starts on a line whose first non-space characters are {@code $$} and ends
 * on the first line (possibly the same one) that ends with {@code $$}. The lines in between are kept verbatim.
 */
final class MathBlockParser extends AbstractBlockParser {

    private static final String FENCE = "$$";

    private final StringBuilder tex = new StringBuilder();
    private boolean closed;

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            String rest = line.subSequence(start, line.length()).toString();
            if (!rest.startsWith(FENCE)) {
                return BlockStart.none();
            }
            MathBlockParser parser = new MathBlockParser();
            parser.acceptLine(rest.substring(FENCE.length()));
            return BlockStart.of(parser).atIndex(line.length());
        }
    }

    private final MathBlock block = new MathBlock();

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.finished();
        }
        CharSequence line = state.getLine().getContent();
        acceptLine(line.toString());
        return BlockContinue.atIndex(line.length());
    }

    @Override
    public void addLine(SourceLine line) {
        // Lines are consumed in tryContinue/tryStart so that the closing fence is recognised on the same pass.
    }

    @Override
    public void closeBlock() {
        block.setTex(tex.toString().strip());
    }

    private void acceptLine(String line) {
        String trimmed = line.stripTrailing();
        if (trimmed.endsWith(FENCE)) {
            tex.append(trimmed, 0, trimmed.length() - FENCE.length());
            closed = true;
        } else {
            tex.append(line).append('\n');
        }
    }
}
