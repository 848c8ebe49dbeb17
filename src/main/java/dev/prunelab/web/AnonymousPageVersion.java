package dev.prunelab.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The version of what {@link AnonymousPage}s show. Whatever changes them (the content, when it is reloaded) calls
 * {@link #changed()}, and every page is rendered afresh.
 */
@ApplicationScoped
public class AnonymousPageVersion {

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    public void changed() {
        version.incrementAndGet();
    }
}
