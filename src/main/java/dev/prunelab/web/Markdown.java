package dev.prunelab.web;

import dev.prunelab.content.markdown.MarkdownRenderer;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * Template helpers: {@code {text.inlineMarkdown}} renders a short Markdown string (with math) as safe HTML;
 * {@code {text.urlEncode}} encodes a query parameter value.
 */
@TemplateExtension
public final class Markdown {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private Markdown() {}

    static RawString inlineMarkdown(String text) {
        return new RawString(RENDERER.renderInline(text == null ? "" : text));
    }

    static String urlEncode(String text) {
        return java.net.URLEncoder.encode(text == null ? "" : text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
