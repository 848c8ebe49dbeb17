package dev.prunelab.content.rest;

import dev.prunelab.content.ContentCatalog;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered reading pages for visitors who are not signed in, kept as UTF-8 bytes: such a page is the same for every
 * anonymous visitor (the header shows "Sign in", nothing personal), and the catalog is immutable, so it is rendered
 * once per catalog rather than on every request. That takes template rendering and most of the per-request garbage off
 * the hot path of the busiest pages. A reloaded catalog (authoring in dev mode) starts a fresh cache.
 */
final class AnonymousPages {

    private volatile ContentCatalog catalog;
    private volatile Map<String, byte[]> pages = new ConcurrentHashMap<>();

    /** The page cached under {@code key} for this catalog, rendered by {@code render} the first time. */
    byte[] get(ContentCatalog current, String key, Supplier<String> render) {
        Map<String, byte[]> cache = pages;
        if (catalog != current) {
            synchronized (this) {
                if (catalog != current) {
                    pages = new ConcurrentHashMap<>();
                    catalog = current;
                }
                cache = pages;
            }
        }
        byte[] page = cache.get(key);
        if (page == null) {
            page = render.get().getBytes(StandardCharsets.UTF_8);
            cache.putIfAbsent(key, page);
        }
        return page;
    }
}
