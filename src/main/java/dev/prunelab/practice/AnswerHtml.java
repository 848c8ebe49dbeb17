package dev.prunelab.practice;

import dev.prunelab.content.markdown.MarkdownRenderer;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders a learner's Markdown answer as HTML that is safe to put in a page. The Markdown renderer already escapes
 * raw HTML, but the answer is untrusted, so its output also goes through an OWASP allow-list: formatting, blocks,
 * lists, links, tables, code and the math spans KaTeX renders; nothing else (no scripts, styles, event handlers,
 * images or iframes). Thread-safe.
 */
public final class AnswerHtml {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final Pattern SAFE_CLASS =
            Pattern.compile("math|math math-inline|math math-display|language-[A-Za-z0-9_+-]{1,30}");
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "span", "div", "del")
                    .allowAttributes("class")
                    .matching(SAFE_CLASS)
                    .onElements("span", "div", "code")
                    .toFactory());

    private AnswerHtml() {}

    /** The answer as sanitised HTML. */
    public static String render(String markdown) {
        return POLICY.sanitize(RENDERER.render(markdown == null ? "" : markdown).html());
    }
}
