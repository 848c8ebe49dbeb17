package dev.prunelab.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A full-text index over the sections of the pages it is given (lessons with their flashcards, question cards with
 * their follow-up questions, lab presets), held in memory (Lucene). It knows pages only as {@link Page}s, so the
 * catalog that supplies them stays its only user.
 *
 * <p>Each section is a document; a search ranks the sections and groups them by page, so a result is one page with its
 * best sections rather than a list of sections from the same page. Text is analysed by {@link SearchAnalyzer}. User
 * input is escaped before parsing: any query string is valid. Immutable once built; thread-safe.
 */
public final class SearchIndex {

    private static final String PAGE = "page", URL = "url", TITLE = "title", HEADING = "heading", TEXT = "text";
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, HEADING, 2f, TEXT, 1f);
    private static final int SNIPPET_PASSAGES = 2;
    /** The sections shown under one result. */
    static final int MATCHES_PER_HIT = 3;
    /**
     * Stored, analysed text whose postings keep character offsets: the highlighter then finds passages from the index
     * instead of analysing every matching section again on each query (several times faster per search).
     */
    private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WITH_OFFSETS.freeze();
    }

    /** Distinct recent queries kept with their results; beyond this the memory starts afresh. */
    private static final int CACHED_QUERIES = 512;

    private final Analyzer analyzer = new SearchAnalyzer();
    private final Map<String, SearchResults> recent = new ConcurrentHashMap<>();
    private final List<Page> pages;
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;

    /**
     * A page to index: each of its sections can match on its own; results show the page with its best sections.
     *
     * @param href the page's address
     * @param kind what the results call the page, e.g. "Lesson"
     */
    public record Page(String href, String title, String kind, List<Section> sections) {}

    /**
     * A part of a page that can match: a section of its text, or something that belongs to it (a flashcard).
     *
     * @param url     where it is shown, e.g. the page's address with the section's anchor
     * @param heading what the result calls it (empty for the page's introduction)
     * @param text    plain text, no markup
     */
    public record Section(String url, String heading, String text) {}

    /** Indexes these pages. */
    public SearchIndex(List<Page> pages) {
        this.pages = List.copyOf(pages);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < this.pages.size(); i++) {
                for (Section section : this.pages.get(i).sections()) {
                    writer.addDocument(document(i, this.pages.get(i), section));
                }
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the search index", e);
        }
        highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .build();
    }

    private static Document document(int page, Page of, Section section) {
        Document doc = new Document();
        doc.add(new StoredField(PAGE, page));
        doc.add(new StoredField(URL, section.url()));
        doc.add(new Field(TITLE, of.title(), WITH_OFFSETS));
        doc.add(new Field(HEADING, section.heading(), WITH_OFFSETS));
        doc.add(new Field(TEXT, section.text(), WITH_OFFSETS));
        return doc;
    }

    /**
     * The pages whose sections best match {@code queryText}, best first, one page of results at a time.
     *
     * @param queryText what the user typed (any text; it is escaped)
     * @param page      which page of results, from 1 (past the last gives no hits, with the total)
     * @param perPage   results per page
     * @return the results, none for a blank query or no match
     */
    public SearchResults search(String queryText, int page, int perPage) {
        if (queryText == null || queryText.isBlank() || page < 1 || perPage < 1) {
            return SearchResults.none();
        }
        // the index never changes, so a repeated query (most are: the same few topics) is answered from memory
        String key = page + " " + perPage + " " + queryText.strip().toLowerCase(Locale.ROOT);
        SearchResults results = recent.get(key);
        if (results == null) {
            results = run(queryText, page, perPage);
            if (recent.size() >= CACHED_QUERIES) {
                recent.clear();
            }
            recent.put(key, results);
        }
        return results;
    }

    private SearchResults run(String queryText, int page, int perPage) {
        try {
            Query query = parse(queryText);
            // the index is small (a few thousand sections), so every match is ranked and grouped
            TopDocs all =
                    searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()));
            Map<Integer, List<ScoreDoc>> byPage = new LinkedHashMap<>();
            for (ScoreDoc scoreDoc : all.scoreDocs) {
                int of = searcher.storedFields()
                        .document(scoreDoc.doc)
                        .getField(PAGE)
                        .numericValue()
                        .intValue();
                List<ScoreDoc> best = byPage.computeIfAbsent(of, k -> new ArrayList<>());
                if (best.size() < MATCHES_PER_HIT) {
                    best.add(scoreDoc);
                }
            }
            int total = byPage.size();
            List<Map.Entry<Integer, List<ScoreDoc>>> shown = byPage.entrySet().stream()
                    .skip((long) (page - 1) * perPage)
                    .limit(perPage)
                    .toList();
            List<ScoreDoc> sections =
                    shown.stream().flatMap(e -> e.getValue().stream()).toList();
            String[] snippets = highlighter.highlight(
                    TEXT,
                    query,
                    new TopDocs(
                            new TotalHits(sections.size(), TotalHits.Relation.EQUAL_TO),
                            sections.toArray(ScoreDoc[]::new)),
                    SNIPPET_PASSAGES);
            List<SearchHit> hits = new ArrayList<>();
            int next = 0;
            for (Map.Entry<Integer, List<ScoreDoc>> entry : shown) {
                List<SearchHit.Match> matches = new ArrayList<>();
                for (ScoreDoc scoreDoc : entry.getValue()) {
                    Document doc = searcher.storedFields().document(scoreDoc.doc);
                    String snippet = snippets[next] != null ? snippets[next] : escapedStart(doc.get(TEXT));
                    next++;
                    matches.add(new SearchHit.Match(doc.get(URL), doc.get(HEADING), snippet));
                }
                Page of = pages.get(entry.getKey());
                hits.add(new SearchHit(of.href(), of.title(), of.kind(), List.copyOf(matches)));
            }
            return new SearchResults(List.copyOf(hits), total, page, (total + perPage - 1) / perPage, perPage);
        } catch (ParseException e) {
            return SearchResults.none();
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    private Query parse(String queryText) throws ParseException {
        MultiFieldQueryParser parser =
                new MultiFieldQueryParser(BOOSTS.keySet().toArray(String[]::new), analyzer, BOOSTS);
        String escaped = QueryParser.escape(queryText.strip());
        return parser.parse(escaped.isBlank() ? "\"\"" : escaped);
    }

    private static String escapedStart(String text) {
        String start = text.length() > 200 ? text.substring(0, 200) + " …" : text;
        return start.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
