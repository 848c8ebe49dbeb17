package dev.prunelab.content.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders {@code ```figure} blocks as a {@code <figure>} with the build's SVG inline (so it takes the page's theme
 * colours) and its caption; every other fenced block as CommonMark does. A figure whose SVG is missing renders as
 * its caption only: the loader reports it as a broken {@code figure:} link.
 */
final class FigureRenderer implements NodeRenderer {

    private final HtmlWriter html;
    private final FigureBlock.Source figures;

    FigureRenderer(HtmlNodeRendererContext context, FigureBlock.Source figures) {
        this.html = context.getWriter();
        this.figures = figures;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FencedCodeBlock block = (FencedCodeBlock) node;
        Optional<FigureBlock> figure =
                FigureBlock.INFO.equals(block.getInfo()) ? FigureBlock.parse(block.getLiteral()) : Optional.empty();
        if (figure.isPresent() && figures != FigureBlock.Source.NONE) {
            figure(figure.get());
        } else {
            code(block);
        }
    }

    private void figure(FigureBlock f) {
        html.line();
        Map<String, String> figure = new LinkedHashMap<>();
        figure.put("class", f.explore() == null ? "figure" : "figure explorable");
        figure.put("id", "figure-" + f.id());
        if (f.explore() != null) {
            figure.put("data-explore", f.explore());
        }
        html.tag("figure", figure);
        Map<String, String> picture = new LinkedHashMap<>();
        picture.put("class", "figure-svg");
        picture.put("role", "img");
        picture.put("aria-label", f.alt());
        html.tag("div", picture);
        // the SVG comes from the build's own drawing code, never from content or learners
        figures.svg(f.id()).ifPresent(html::raw);
        html.tag("/div");
        html.tag("figcaption");
        html.text(f.caption());
        html.tag("/figcaption");
        html.tag("/figure");
        html.line();
    }

    /** A fenced code block exactly as CommonMark's own renderer writes it. */
    private void code(FencedCodeBlock block) {
        String info = block.getInfo();
        html.line();
        html.tag("pre");
        if (info != null && !info.isEmpty()) {
            String language = info.split(" ")[0];
            html.tag("code", Map.of("class", "language-" + language));
        } else {
            html.tag("code");
        }
        html.text(block.getLiteral());
        html.tag("/code");
        html.tag("/pre");
        html.line();
    }
}
