package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The payloads of the security suite and the check that a page shows them inert. */
public final class HostileInput {

    /** Script in text, in an attribute that breaks out of its quotes, in an event handler and in a Markdown link. */
    public static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "\" autofocus onfocus=\"alert(1)",
            "[click](javascript:alert(1))");

    public static final String SQL = "' OR '1'='1'; DROP TABLE app_user; --";

    /** Fails when the page carries any payload of {@link #XSS} as live markup rather than as escaped text. */
    public static void assertInert(String html) {
        assertThat(html)
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x onerror")
                .doesNotContain("<svg onload")
                .doesNotContain("onfocus=\"alert(1)")
                .doesNotContain("href=\"javascript:");
    }

    /** A payload as Qute's HTML escaping prints it: proof that it was shown, as text. */
    public static String escaped(String payload) {
        return payload.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private HostileInput() {}
}
