package dev.prunelab.content;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.content.markdown.MarkdownRenderer;
import dev.prunelab.content.search.SearchHit;
import dev.prunelab.content.search.SearchIndex;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Owns the current curriculum: loaded and validated once at start-up (invalid content stops the app with a
 * message naming each file and problem), then shared read-only. When {@code prunelab.content.reload} is on,
 * a changed content directory is reloaded on the next request; a reload that fails validation keeps the
 * previous curriculum and logs the problems.
 */
@Startup
@ApplicationScoped
public class ContentService {

    private static final long RELOAD_CHECK_MILLIS = 1000;

    private final PruneLabConfig.Content config;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private volatile Loaded current;
    private volatile long lastCheck;

    /** A catalog and the search index built from it, swapped together. */
    private record Loaded(ContentCatalog catalog, SearchIndex index, long fingerprint) {}

    public ContentService(PruneLabConfig config) {
        this.config = config.content();
        this.current = load();
        Log.infof("Content loaded from %s: %d lessons, %d question cards, %d lab presets",
                config.content().dir().map(Path::toString).orElse("the packaged copy"),
                current.catalog.lessons().size(), current.catalog.questions().size(), current.catalog.presets().size());
    }

    /** The current curriculum. */
    public ContentCatalog catalog() {
        reloadIfChanged();
        return current.catalog;
    }

    /** Full-text search over lessons and question cards. */
    public List<SearchHit> search(String query, int limit) {
        reloadIfChanged();
        return current.index.search(query, limit);
    }

    /** The Markdown renderer used for content, for rendering short fragments (list items, prompts). */
    public MarkdownRenderer markdown() { return markdown; }

    private Loaded load() {
        long fingerprint = fingerprint();
        List<ContentFile> files = config.dir().map(ContentSource::fromDirectory).orElseGet(ContentSource::fromClasspath);
        ContentCatalog catalog = new ContentLoader(markdown).load(files);
        return new Loaded(catalog, new SearchIndex(catalog), fingerprint);
    }

    private void reloadIfChanged() {
        if (!config.reload() || config.dir().isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastCheck < RELOAD_CHECK_MILLIS) {
            return;
        }
        lastCheck = now;
        if (fingerprint() == current.fingerprint) {
            return;
        }
        synchronized (this) {
            try {
                current = load();
                Log.info("Content changed: reloaded");
            } catch (ContentException e) {
                Log.error("Content changed but is invalid; keeping the previous version.\n" + e.getMessage());
            }
        }
    }

    /** Changes whenever a file in the content directory is added, removed or modified. */
    private long fingerprint() {
        if (config.dir().isEmpty() || !Files.isDirectory(config.dir().get())) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(config.dir().get())) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis() * 31 + p.toString().hashCode();
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
