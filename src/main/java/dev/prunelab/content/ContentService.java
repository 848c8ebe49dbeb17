package dev.prunelab.content;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.content.markdown.MarkdownRenderer;
import dev.prunelab.content.markdown.RenderedMarkdown.SectionText;
import dev.prunelab.content.markdown.TexText;
import dev.prunelab.content.search.SearchIndex;
import dev.prunelab.content.search.SearchResults;
import dev.prunelab.web.AnonymousPageVersion;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Owns the current curriculum: loaded and validated once at start-up (invalid content stops the app with a
 * message naming each file and problem), then shared read-only. The packaged copy comes rendered and validated from
 * the build ({@link ContentSnapshot}). When {@code prunelab.content.reload} is on,
 * a changed content directory is reloaded on the next request; a reload that fails validation keeps the
 * previous curriculum and logs the problems.
 */
@Startup
@ApplicationScoped
public class ContentService {

    private static final long RELOAD_CHECK_MILLIS = 1000;
    private final PruneLabConfig.Content config;
    /** Told when the content is reloaded, so cached pages are rendered afresh. */
    private final AnonymousPageVersion pageVersion;

    private volatile Loaded current;
    private volatile long lastCheck;

    /**
     * A catalog and its search index, swapped together. The index is built by a background thread started at the end
     * of start-up ({@link #buildIndexSoon}), or by the first search if that comes earlier: not on the start-up
     * thread, where it costs about as much CPU as loading the catalog itself, and not by the first searches of a busy
     * server, which would all wait for it. The thread starts at once rather than after a pause: a server under load
     * from its first moment would otherwise answer its early searches only after the index was built.
     */
    private static final class Loaded {
        final ContentCatalog catalog;
        final long fingerprint;
        private volatile SearchIndex index;

        Loaded(ContentCatalog catalog, long fingerprint) {
            this.catalog = catalog;
            this.fingerprint = fingerprint;
        }

        boolean indexBuilt() {
            return index != null;
        }

        SearchIndex index() {
            SearchIndex built = index;
            if (built == null) {
                synchronized (this) {
                    if (index == null) {
                        index = new SearchIndex(searchPages(catalog));
                    }
                    built = index;
                }
            }
            return built;
        }
    }

    /**
     * The lessons with their flashcards, the question cards with their follow-up questions, the lab presets and the
     * drills, as the search index sees them: plain text, formulas spelt out. A drill is found by its symptom and prompt
     * only: its explanation is revealed after an answer, so no result may link into it.
     */
    static List<SearchIndex.Page> searchPages(ContentCatalog catalog) {
        List<SearchIndex.Page> pages = new ArrayList<>();
        for (Lesson lesson : catalog.lessons()) {
            List<SearchIndex.Section> sections = new ArrayList<>();
            sections.add(new SearchIndex.Section(lesson.href(), "", TexText.ofInlineMarkdown(lesson.summary())));
            lesson.sections().forEach(s -> sections.add(section(lesson.href(), s)));
            for (Flashcard card : catalog.flashcards(lesson.id())) {
                String front = TexText.ofInlineMarkdown(card.front());
                sections.add(new SearchIndex.Section(
                        "/progress/cards?lesson=" + lesson.id(),
                        "Flashcard: " + front,
                        front + " " + TexText.ofInlineMarkdown(card.back())));
            }
            pages.add(new SearchIndex.Page(lesson.href(), lesson.title(), "Lesson", sections));
        }
        for (QuestionCard card : catalog.questions()) {
            String intro = card.prompt() + " " + String.join(" ", card.expectations()) + " "
                    + String.join(" ", card.approach());
            List<SearchIndex.Section> sections = new ArrayList<>();
            sections.add(new SearchIndex.Section(card.href(), "", TexText.ofInlineMarkdown(intro)));
            card.sections().forEach(s -> sections.add(section(card.href(), s)));
            for (QuestionCard.FollowUp followUp : card.followUps()) {
                String question = TexText.ofInlineMarkdown(followUp.question());
                sections.add(new SearchIndex.Section(card.href() + "#follow-ups", "Follow-up: " + question, question));
            }
            pages.add(new SearchIndex.Page(card.href(), card.title(), "Question", sections));
        }
        for (LabPreset preset : catalog.presets()) {
            pages.add(new SearchIndex.Page(
                    preset.href(),
                    preset.title(),
                    "Lab preset",
                    List.of(new SearchIndex.Section(preset.href(), "", TexText.ofInlineMarkdown(preset.summary())))));
        }
        for (Drill drill : catalog.drills()) {
            String intro = drill.symptomText() + " " + drill.prompt();
            pages.add(new SearchIndex.Page(
                    drill.href(),
                    drill.title(),
                    "Drill",
                    List.of(new SearchIndex.Section(drill.href(), "", TexText.ofInlineMarkdown(intro)))));
        }
        return pages;
    }

    private static SearchIndex.Section section(String href, SectionText section) {
        return new SearchIndex.Section(
                section.anchor().isEmpty() ? href : href + "#" + section.anchor(), section.heading(), section.text());
    }

    public ContentService(PruneLabConfig config, AnonymousPageVersion pageVersion) {
        this.config = config.content();
        this.pageVersion = pageVersion;
        this.current = load();
        Log.infof(
                "Content loaded from %s: %d lessons, %d question cards, %d drills, %d lab presets",
                config.content().dir().map(Path::toString).orElse("the packaged copy"),
                current.catalog.lessons().size(),
                current.catalog.questions().size(),
                current.catalog.drills().size(),
                current.catalog.presets().size());
    }

    /** Builds the search index on a background thread as start-up ends (see {@link Loaded}). */
    void buildIndexSoon(@Observes StartupEvent event) {
        Thread builder = new Thread(
                () -> {
                    try {
                        long start = System.nanoTime();
                        current.index();
                        Log.debugf("Search index built in %d ms", (System.nanoTime() - start) / 1_000_000);
                    } catch (RuntimeException e) {
                        Log.warn(
                                "Could not build the search index in the background; the first search will try again",
                                e);
                    }
                },
                "search-index");
        builder.setDaemon(true);
        builder.start();
    }

    /** The current curriculum. */
    public ContentCatalog catalog() {
        reloadIfChanged();
        return current.catalog;
    }

    /**
     * Full-text search over lessons, flashcards, question cards, follow-up questions and lab presets, one result per
     * page (the first search builds the index).
     *
     * @param page which page of results, from 1
     */
    public SearchResults search(String query, int page, int perPage) {
        reloadIfChanged();
        return current.index().search(query, page, perPage);
    }

    /** Whether the current catalog's search index exists yet. */
    boolean searchIndexBuilt() {
        return current.indexBuilt();
    }

    /** The Markdown renderer used for content, for rendering short fragments (list items, prompts). */
    public MarkdownRenderer markdown() {
        return MarkdownRenderer.shared();
    }

    private Loaded load() {
        long fingerprint = fingerprint();
        if (config.dir().isPresent()) {
            return new Loaded(
                    new ContentLoader(markdown())
                            .load(ContentSource.fromDirectory(config.dir().get())),
                    fingerprint);
        }
        return new Loaded(
                ContentSnapshot.packaged()
                        .orElseGet(() -> new ContentLoader(markdown()).load(ContentSource.fromClasspath())),
                fingerprint);
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
                pageVersion.changed();
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
            return paths.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.getLastModifiedTime(p).toMillis() * 31
                                    + p.toString().hashCode();
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
