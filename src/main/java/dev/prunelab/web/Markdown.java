package dev.prunelab.web;

import dev.prunelab.content.markdown.MarkdownRenderer;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Template helpers: {@code {text.inlineMarkdown}} renders a short Markdown string (with math) as safe HTML;
 * {@code {text.urlEncode}} encodes a query parameter value.
 */
@TemplateExtension
public final class Markdown {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private Markdown() {}

    /** Rendered fragments by source: pages render the same content strings (preset blurbs, prompts) again and again. */
    private static final Map<String, RawString> RENDERED = new ConcurrentHashMap<>();

    private static final int CACHED_FRAGMENTS = 4096;
    private static final int CACHED_LENGTH = 2000;

    static RawString inlineMarkdown(String text) {
        String source = text == null ? "" : text;
        if (source.length() > CACHED_LENGTH) {
            return new RawString(RENDERER.renderInline(source));
        }
        RawString html = RENDERED.get(source);
        if (html == null) {
            html = new RawString(RENDERER.renderInline(source));
            if (RENDERED.size() >= CACHED_FRAGMENTS) {
                RENDERED.clear(); // bounded: user text passes through here too
            }
            RENDERED.put(source, html);
        }
        return html;
    }

    static String urlEncode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
