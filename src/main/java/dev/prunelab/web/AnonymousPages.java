package dev.prunelab.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Rendered pages for visitors who are not signed in, kept as UTF-8 bytes: such a page is the same for every anonymous
 * visitor (the header shows "Sign in", nothing personal), so it is rendered once per version of what it shows (the
 * immutable content catalog) rather than on every request. That takes template rendering, the UTF-8 encoding of the
 * text and most of the per-request garbage off the hot path of the busiest pages. A new version (a reloaded catalog)
 * starts a fresh cache.
 *
 * <p>A page with forms carries the visitor's CSRF token: it is cached with the token cut out and each visitor's token
 * is put back in when the page is served ({@link #get(Object, String, String, Supplier)}).
 *
 * <p>At most {@code capacity} pages are kept (keys may come from visitors, e.g. search queries); beyond that the cache
 * starts afresh, so memory stays bounded.
 */
public final class AnonymousPages {

    private final int capacity;
    private volatile Object version;
    private volatile Map<String, Page> pages = new ConcurrentHashMap<>();

    /** A page as the parts between the places where a visitor's token goes. */
    private record Page(byte[][] parts) {

        static Page of(String html, String token) {
            String[] texts =
                    token == null || token.isEmpty() ? new String[] {html} : html.split(tokenPattern(token), -1);
            byte[][] parts = new byte[texts.length][];
            for (int i = 0; i < texts.length; i++) {
                parts[i] = utf8(texts[i]);
            }
            return new Page(parts);
        }

        /** A token is cut out only where it is a form field's value, never from the page's own text. */
        private static String tokenPattern(String token) {
            return "(?<=value=\")" + Pattern.quote(token) + "(?=\")";
        }

        byte[] with(String token) {
            if (parts.length == 1) {
                return parts[0];
            }
            byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
            int length = tokenBytes.length * (parts.length - 1);
            for (byte[] part : parts) {
                length += part.length;
            }
            byte[] page = new byte[length];
            int at = 0;
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    System.arraycopy(tokenBytes, 0, page, at, tokenBytes.length);
                    at += tokenBytes.length;
                }
                System.arraycopy(parts[i], 0, page, at, parts[i].length);
                at += parts[i].length;
            }
            return page;
        }
    }

    /** A rendered page (or part of one) as the UTF-8 bytes {@link #html} sends, cached or rendered per request. */
    public static byte[] utf8(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** A page's UTF-8 bytes as an HTML response. */
    public static RestResponse<byte[]> html(byte[] page) {
        return RestResponse.ResponseBuilder.ok(page, "text/html;charset=UTF-8").build();
    }

    /** @param capacity the most pages kept at once (at least 1) */
    public AnonymousPages(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    /** The page cached under {@code key} for this version, rendered by {@code render} the first time. */
    public byte[] get(Object current, String key, Supplier<String> render) {
        return get(current, key, null, render);
    }

    /**
     * The page cached under {@code key} for this version with the visitor's CSRF token in its forms, rendered by
     * {@code render} (which puts this same {@code token} in) the first time.
     *
     * @param token the token of the current request, as the page's forms carry it; null for a page without forms
     */
    public byte[] get(Object current, String key, String token, Supplier<String> render) {
        Map<String, Page> cache = pages(current);
        Page page = cache.get(key);
        if (page == null) {
            page = Page.of(render.get(), token);
            if (cache.size() >= capacity) {
                cache.clear();
            }
            cache.putIfAbsent(key, page);
        }
        return page.with(token);
    }

    private Map<String, Page> pages(Object current) {
        if (version != current) {
            synchronized (this) {
                if (version != current) {
                    pages = new ConcurrentHashMap<>();
                    version = current;
                }
                return pages;
            }
        }
        return pages;
    }
}
