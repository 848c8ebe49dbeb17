package dev.prunelab.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.render(markdown).html();
    }

    @Test
    void inlineMathKeepsUnderscoresAsterisksAndBackslashes() {
        String html = html("The saliency $s_k = h_{kk} u_k^2 / 2$ and $a * b * c$ and $x_i \\\\ y_j$.");
        assertThat(html)
                .contains("<span class=\"math math-inline\">s_k = h_{kk} u_k^2 / 2</span>")
                .contains("<span class=\"math math-inline\">a * b * c</span>")
                .contains("<span class=\"math math-inline\">x_i \\\\ y_j</span>")
                .doesNotContain("<em>");
    }

    @Test
    void markdownEmphasisAcrossTwoFormulasIsNotCreated() {
        String html = html("Compare $w_1$ with $w_2$ here.");
        assertThat(html).contains(">w_1</span>").contains(">w_2</span>").doesNotContain("<em>");
    }

    @Test
    void displayMathBlockSpanningLinesIsKeptVerbatim() {
        String html = html(
                "Before.\n\n$$\n\\Delta E = \\frac{1}{2}\\,\\delta w^\\top H \\delta w \\\\\n a_{i}*b_{j}\n$$\n\nAfter.");
        assertThat(html)
                .contains(
                        "<div class=\"math math-display\">\\Delta E = \\frac{1}{2}\\,\\delta w^\\top H \\delta w \\\\\n a_{i}*b_{j}</div>")
                .contains("<p>After.</p>");
    }

    @Test
    void singleLineDisplayMathBlock() {
        assertThat(html("$$ R_\\alpha(T) = R(T) + \\alpha |\\tilde T| $$"))
                .contains("<div class=\"math math-display\">R_\\alpha(T) = R(T) + \\alpha |\\tilde T|</div>");
    }

    @Test
    void dollarsThatAreNotMathStayText() {
        assertThat(html("It cost $5 and then $ 6 more."))
                .contains("It cost $5 and then $ 6 more.")
                .doesNotContain("math");
        assertThat(html("Price \\$5, not math.")).contains("Price $5, not math.");
    }

    @Test
    void mathInsideCodeIsLeftAsCode() {
        String html = html("Use `$x_1$` literally.\n\n```python\nprint('$a_b$')\n```");
        assertThat(html)
                .contains("<code>$x_1$</code>")
                .contains("print('$a_b$')")
                .doesNotContain("math-inline");
    }

    @Test
    void texIsHtmlEscaped() {
        assertThat(html("$a < b > c & d$")).contains("a &lt; b &gt; c &amp; d");
    }

    @Test
    void rawHtmlIsEscaped() {
        assertThat(html("<script>alert(1)</script>")).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void headingsGetStableAnchorsAndTextIsCollectedPerSection() {
        RenderedMarkdown doc = renderer.render(
                "Intro text.\n\n## In an interview, say…\n\nSay this.\n\n## Pitfalls\n\nOne.\n\n## Pitfalls\n\nTwo.");
        assertThat(doc.headings())
                .extracting(RenderedMarkdown.Heading::anchor)
                .containsExactly("in-an-interview-say", "pitfalls", "pitfalls-1");
        assertThat(doc.html()).contains("<h2 id=\"in-an-interview-say\">");
        assertThat(doc.sections())
                .extracting(RenderedMarkdown.SectionText::text)
                .containsExactly("Intro text.", "Say this.", "One.", "Two.");
    }

    @Test
    void formulasAreIndexedAsText() {
        RenderedMarkdown doc = renderer.render("Rewind to $w_{k}$ here.\n\n$$\na+b\n$$\n");
        assertThat(doc.sections().get(0).text()).isEqualTo("Rewind to w_k here. a+b");
    }

    @Test
    void tablesAndLinksAreCollected() {
        RenderedMarkdown doc =
                renderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [the lesson](/learn/schedules#gradual).");
        assertThat(doc.html()).contains("<table>").contains("<td>1</td>");
        assertThat(doc.links()).containsExactly("/learn/schedules#gradual");
    }

    @Test
    void inlineRenderingDropsTheParagraph() {
        assertThat(renderer.renderInline("Explain $\\lVert w \\rVert_0$ **clearly**"))
                .isEqualTo(
                        "Explain <span class=\"math math-inline\">\\lVert w \\rVert_0</span> <strong>clearly</strong>");
    }
}
