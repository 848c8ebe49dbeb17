package dev.prunelab.content.markdown;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Template helper: {@code {text.inlineMarkdown}} renders a short Markdown string (with math) as safe HTML. */
@TemplateExtension
public final class InlineMarkdown {

    private InlineMarkdown() {}

    /** Rendered fragments by source: pages render the same content strings (preset blurbs, prompts) again and again. */
    private static final Map<String, RawString> RENDERED = new ConcurrentHashMap<>();

    private static final int CACHED_FRAGMENTS = 4096;
    private static final int CACHED_LENGTH = 2000;

    static RawString inlineMarkdown(String text) {
        String source = text == null ? "" : text;
        if (source.length() > CACHED_LENGTH) {
            return new RawString(MarkdownRenderer.shared().renderInline(source));
        }
        RawString html = RENDERED.get(source);
        if (html == null) {
            html = new RawString(MarkdownRenderer.shared().renderInline(source));
            if (RENDERED.size() >= CACHED_FRAGMENTS) {
                RENDERED.clear(); // bounded: user text passes through here too
            }
            RENDERED.put(source, html);
        }
        return html;
    }
}
