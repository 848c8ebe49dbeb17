package dev.prunelab.content.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders content Markdown: CommonMark + GFM tables + TeX math ({@link MathExtension}) + heading anchors.
 *
 * <p>Raw HTML in content is escaped: the curriculum is Markdown only. Anchors are generated once per document
 * (lowercase, spaces to {@code -}, other punctuation dropped, repeats numbered) and used both for the page's
 * {@code id} attributes and for the table of contents, so the two always agree.
 * Thread-safe: the parser and renderer are immutable.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), MathExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final FigureBlock.Source figures;

    /** A renderer for text learners write: {@code ```figure} blocks stay code. */
    public MarkdownRenderer() {
        this(FigureBlock.Source.NONE);
    }

    /** A renderer for the curriculum, drawing {@link FigureBlock figure blocks} from {@code figures}. */
    public MarkdownRenderer(FigureBlock.Source figures) {
        this.figures = figures;
    }

    /** Whether this renderer draws figure blocks (the curriculum's does; the one for learners' answers does not). */
    public boolean drawsFigures() {
        return figures != FigureBlock.Source.NONE;
    }

    /** Whether a figure this renderer draws exists (content validation: a {@code figure:<id>} link). */
    public boolean hasFigure(String id) {
        return figures.svg(id).isPresent();
    }

    /**
     * The renderer the running app shares (it is thread-safe), made on first use: the packaged curriculum comes
     * rendered, so start-up needs no Markdown parser.
     */
    public static MarkdownRenderer shared() {
        return Shared.RENDERER;
    }

    private static final class Shared {
        static final MarkdownRenderer RENDERER = new MarkdownRenderer(FigureBlock.Source.classpath());
    }

    /** Renders a whole document. */
    public RenderedMarkdown render(String markdown) {
        Node document = parser.parse(markdown);
        Map<Heading, String> anchors = assignAnchors(document);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> headingIds(anchors))
                .nodeRendererFactory(context -> new FigureRenderer(context, figures))
                .build();
        String html = renderer.render(document);
        Collector collector = new Collector(anchors, drawsFigures());
        document.accept(collector);
        return new RenderedMarkdown(
                html, List.copyOf(collector.headings), List.copyOf(collector.links), collector.finishSections());
    }

    /** Renders a short fragment (a list item or a quiz prompt), without the surrounding paragraph tag. */
    public String renderInline(String markdown) {
        String html = render(markdown).html().strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    private static Map<Heading, String> assignAnchors(Node document) {
        IdGenerator ids = IdGenerator.builder().build();
        Map<Heading, String> anchors = new IdentityHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                anchors.put(heading, ids.generateId(plainText(heading)));
            }
        });
        return anchors;
    }

    private static AttributeProvider headingIds(Map<Heading, String> anchors) {
        return (node, tagName, attributes) -> {
            if (node instanceof Heading heading && anchors.containsKey(heading)) {
                attributes.put("id", anchors.get(heading));
            }
        };
    }

    /** The text of a node as its anchor is made from: text, code spans and TeX sources, line breaks as spaces. */
    static String plainText(Node node) {
        return plainText(node, tex -> tex);
    }

    /** The text a reader sees in a node: text, code spans and formulas (as {@code math} spells them). */
    static String plainText(Node node, UnaryOperator<String> math) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak b) {
                text.append(' ');
            }

            @Override
            public void visit(CustomNode n) {
                if (n instanceof MathInline inline) {
                    text.append(math.apply(inline.tex()));
                }
            }
        });
        return text.toString().strip();
    }

    /** Walks the document once, collecting headings, link destinations and the text under each heading. */
    private static final class Collector extends AbstractVisitor {
        private final Map<Heading, String> anchors;
        private final boolean drawsFigures;
        final List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        private final List<RenderedMarkdown.SectionText> sections = new ArrayList<>();
        private String sectionAnchor = "";
        private String sectionHeading = "";
        private StringBuilder sectionText = new StringBuilder();

        Collector(Map<Heading, String> anchors, boolean drawsFigures) {
            this.anchors = anchors;
            this.drawsFigures = drawsFigures;
        }

        @Override
        public void visit(Heading heading) {
            closeSection();
            String text = plainText(heading);
            String anchor = anchors.get(heading);
            headings.add(new RenderedMarkdown.Heading(heading.getLevel(), text, anchor));
            sectionAnchor = anchor;
            sectionHeading = plainText(heading, TexText::plain);
        }

        @Override
        public void visit(Link link) {
            links.add(link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(Text text) {
            sectionText.append(text.getLiteral()).append(' ');
        }

        @Override
        public void visit(Code code) {
            sectionText.append(code.getLiteral()).append(' ');
        }

        @Override
        public void visit(FencedCodeBlock block) {
            if (drawsFigures && FigureBlock.INFO.equals(block.getInfo())) {
                // a figure is checked like a link (its SVG must exist); its caption is not prose the lesson's word
                // count or search index should weigh
                links.add(FigureBlock.parse(block.getLiteral())
                        .map(f -> "figure:" + f.id())
                        .orElse("figure:"));
                return;
            }
            sectionText.append(block.getLiteral()).append(' ');
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            sectionText.append(block.getLiteral()).append(' ');
        }

        @Override
        public void visit(SoftLineBreak b) {
            sectionText.append(' ');
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof MathInline math) {
                sectionText.append(TexText.plain(math.tex())).append(' ');
            } else {
                visitChildren(node);
            }
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof MathBlock math) {
                sectionText.append(TexText.plain(math.tex())).append(' ');
            } else {
                visitChildren(block);
            }
        }

        private void closeSection() {
            String text = sectionText.toString().replaceAll("\\s+", " ").strip();
            if (!text.isEmpty() || !sectionAnchor.isEmpty()) {
                sections.add(new RenderedMarkdown.SectionText(sectionAnchor, sectionHeading, text));
            }
            sectionText = new StringBuilder();
        }

        List<RenderedMarkdown.SectionText> finishSections() {
            closeSection();
            return List.copyOf(sections);
        }
    }
}
