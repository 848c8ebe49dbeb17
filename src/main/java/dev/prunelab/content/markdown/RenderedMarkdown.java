package dev.prunelab.content.markdown;

import java.util.List;

/**
 * The result of rendering one Markdown document.
 *
 * @param html     the HTML body (math left as marked-up TeX for KaTeX)
 * @param headings every heading in document order, with its anchor
 * @param links    every link destination, in document order (for validation)
 * @param sections the plain text of the document split at its headings (for the search index); the text
 *                 before the first heading forms a section with an empty anchor
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<String> links, List<SectionText> sections) {

    /** A heading: its level (2 for {@code ##}), its plain text and the anchor id it gets on the page. */
    public record Heading(int level, String text, String anchor) {}

    /** The plain text under one heading, up to the next heading. */
    public record SectionText(String anchor, String heading, String text) {}
}
