package dev.prunelab.content.markdown;

import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * TeX math for commonmark: {@code $…$} inline and {@code $$…$$} display. The formula is emitted as escaped text
 * inside {@code <span class="math math-inline">} or {@code <div class="math math-display">}; the page script
 * renders each such element with KaTeX. Because the formula is parsed before any Markdown inline rule sees it,
 * {@code _}, {@code *} and {@code \\} inside it survive exactly as written.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private MathExtension() {}

    public static Extension create() {
        return new MathExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new MathBlockParser.Factory());
        builder.customInlineContentParserFactory(new MathInlineParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(MathRenderer::new);
    }

    private static final class MathRenderer implements NodeRenderer {
        private final HtmlWriter html;

        MathRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MathInline.class, MathBlock.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof MathBlock block) {
                html.line();
                write("div", "math math-display", block.tex());
                html.line();
            } else if (node instanceof MathInline inline) {
                write("span", inline.display() ? "math math-display" : "math math-inline", inline.tex());
            }
        }

        private void write(String tag, String cssClass, String tex) {
            html.tag(tag, Map.of("class", cssClass));
            html.text(tex);
            html.tag("/" + tag);
        }
    }
}
