package dev.prunelab.web;

import io.quarkus.qute.TemplateInstance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The rendered pages of one {@link AnonymousPage} method, by address, for one version of what they show at a time: a
 * newer version starts a fresh cache. A page with forms carries the visitor's CSRF token: it is kept with the token
 * cut out and each visitor's token is put back in when the page is served. At most {@code capacity} pages are kept
 * (the addresses come from visitors, e.g. search queries); beyond that the cache starts afresh, so memory stays bounded.
 */
public final class AnonymousPages {

    /** The attribute that marks a template personal: it shows something of the visitor's own and is never cached. */
    private static final String PERSONAL = AnonymousPages.class.getName() + ".personal";

    private final int capacity;
    private volatile long version = -1;
    private volatile Map<String, Page> pages = new ConcurrentHashMap<>();

    /** A page as the parts between the places where a visitor's token goes. */
    private record Page(String[] parts) {

        static Page of(String html, String token) {
            return new Page(token == null ? new String[] {html} : html.split(tokenPattern(token), -1));
        }

        /** A token is cut out only where it is a form field's value, never from the page's own text. */
        private static String tokenPattern(String token) {
            return "(?<=value=\")" + Pattern.quote(token) + "(?=\")";
        }

        String with(String token) {
            return parts.length == 1 ? parts[0] : String.join(token, parts);
        }
    }

    /** Marks a template as showing something of the visitor's own (their experiments, say): it is never cached. */
    public static TemplateInstance personal(TemplateInstance template) {
        return template.setAttribute(PERSONAL, Boolean.TRUE);
    }

    static boolean isPersonal(TemplateInstance template) {
        return template.getAttribute(PERSONAL) != null;
    }

    /** @param capacity the most pages kept at once (at least 1) */
    public AnonymousPages(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    /**
     * The page kept under {@code key} for this version with the visitor's CSRF token in its forms, rendered by
     * {@code render} (which puts this same {@code token} in) the first time.
     *
     * @param token the token of the current request, as the page's forms carry it; null for none
     */
    public String get(long current, String key, String token, Supplier<String> render) {
        if (current < version) {
            return render.get(); // rendered from content older than the cache's: shown, not kept
        }
        Map<String, Page> cache = pages(current);
        Page page = cache.get(key);
        if (page == null) {
            page = Page.of(render.get(), token);
            if (cache.size() >= capacity) {
                cache.clear();
            }
            cache.putIfAbsent(key, page);
        }
        return token == null ? page.with("") : page.with(token);
    }

    private Map<String, Page> pages(long current) {
        if (version < current) {
            synchronized (this) {
                if (version < current) {
                    pages = new ConcurrentHashMap<>();
                    version = current;
                }
                return pages;
            }
        }
        return pages;
    }
}
