package dev.prunelab.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Template helper: {@code {text.urlEncode}} encodes a query parameter value. */
@TemplateExtension
public final class UrlEncoding {

    private UrlEncoding() {}

    static String urlEncode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
