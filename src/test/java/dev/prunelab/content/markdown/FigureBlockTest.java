package dev.prunelab.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code ```figure} blocks: an inline SVG with its alt text and caption for the curriculum, code for learners. */
class FigureBlockTest {

    private static final String SVG = "<svg class=\"fig\" viewBox=\"0 0 10 10\"><line class=\"fig-axis\"/></svg>";
    private static final FigureBlock.Source ONE_FIGURE =
            id -> id.equals("histogram") ? Optional.of(SVG) : Optional.empty();
    private static final String BLOCK = """
            Before.

            ```figure
            id: histogram
            alt: Bars of weight counts <around> zero
            caption: Most weights sit near zero & the threshold is small.
            explore: sparsity-slider
            ```

            ```java
            int x = 1 < 2 ? 1 : 0;
            ```
            """;

    @Test
    void theCurriculumGetsTheSvgInlineWithItsAltTextCaptionAndExplorable() {
        RenderedMarkdown rendered = new MarkdownRenderer(ONE_FIGURE).render(BLOCK);
        assertThat(rendered.html())
                .contains("<figure class=\"figure explorable\"")
                .contains("id=\"figure-histogram\"")
                .contains("data-explore=\"sparsity-slider\"")
                .contains(
                        "<div class=\"figure-svg\" role=\"img\" aria-label=\"Bars of weight counts &lt;around&gt; zero\">"
                                + SVG + "</div>")
                .contains("<figcaption>Most weights sit near zero &amp; the threshold is small.</figcaption>")
                .contains("<pre><code class=\"language-java\">int x = 1 &lt; 2 ? 1 : 0;\n</code></pre>");
        assertThat(rendered.links()).containsExactly("figure:histogram");
        assertThat(rendered.sections().get(0).text()).doesNotContain("Most weights sit near zero");
    }

    @Test
    void answersLearnersWriteKeepFigureBlocksAsCode() {
        String html = new MarkdownRenderer().render(BLOCK).html();
        assertThat(html).doesNotContain("<figure").contains("<pre><code class=\"language-figure\">id: histogram");
    }

    @Test
    void aBlockWithoutItsAltTextIsReportedAsAnEmptyFigureLink() {
        RenderedMarkdown rendered =
                new MarkdownRenderer(ONE_FIGURE).render("```figure\nid: histogram\ncaption: x\n```\n");
        assertThat(rendered.links()).containsExactly("figure:");
    }
}
