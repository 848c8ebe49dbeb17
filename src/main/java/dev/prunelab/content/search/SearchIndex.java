package dev.prunelab.content.search;

import dev.prunelab.content.markdown.RenderedMarkdown.SectionText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
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
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A full-text index over every section of the pages it is given (the lessons and question cards), held in memory
 * (Lucene). It knows pages only as {@link Page}s, so the catalog that supplies them stays its only user.
 *
 * <p>Text is analysed with Lucene's English analyzer (stemming, stop words), so "pruned" finds "pruning".
 * User input is escaped before parsing: any query string is valid. Immutable once built; thread-safe.
 */
public final class SearchIndex {

    private static final String URL = "url", TITLE = "title", HEADING = "heading", TEXT = "text", KIND = "kind";
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, HEADING, 2f, TEXT, 1f);
    private static final int SNIPPET_PASSAGES = 2;
    /**
     * Stored, analysed text whose postings keep character offsets: the highlighter then finds passages from the index
     * instead of analysing every matching section again on each query (several times faster per search).
     */
    private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WITH_OFFSETS.freeze();
    }

    /** Distinct recent queries kept with their hits; beyond this the memory starts afresh. */
    private static final int CACHED_QUERIES = 512;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Map<String, List<SearchHit>> recent = new ConcurrentHashMap<>();
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;

    /**
     * A page to index: its introduction and each of its sections become one search result each.
     *
     * @param href  the page's address; a section's result adds its anchor
     * @param kind  what the results call the page, e.g. "Lesson"
     * @param intro the text a result for the page itself matches (a summary, a prompt)
     */
    public record Page(String href, String title, String kind, String intro, List<SectionText> sections) {}

    /** Indexes these pages. */
    public SearchIndex(List<Page> pages) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Page page : pages) {
                addSections(writer, page);
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

    private static void addSections(IndexWriter writer, Page page) throws IOException {
        writer.addDocument(document(page.href(), page.title(), "", page.kind(), page.intro()));
        for (SectionText section : page.sections()) {
            String url = section.anchor().isEmpty() ? page.href() : page.href() + "#" + section.anchor();
            writer.addDocument(document(url, page.title(), section.heading(), page.kind(), section.text()));
        }
    }

    private static Document document(String url, String title, String heading, String kind, String text) {
        Document doc = new Document();
        doc.add(new StoredField(URL, url));
        doc.add(new StoredField(KIND, kind));
        doc.add(new Field(TITLE, title, WITH_OFFSETS));
        doc.add(new Field(HEADING, heading, WITH_OFFSETS));
        doc.add(new Field(TEXT, text, WITH_OFFSETS));
        return doc;
    }

    /**
     * Finds the sections that best match {@code queryText}, best first.
     *
     * @param queryText what the user typed (any text; it is escaped)
     * @param limit     the most hits to return
     * @return the hits, empty for a blank query or no match
     */
    public List<SearchHit> search(String queryText, int limit) {
        if (queryText == null || queryText.isBlank()) {
            return List.of();
        }
        // the index never changes, so a repeated query (most are: the same few topics) is answered from memory
        String key = limit + " " + queryText.strip().toLowerCase(Locale.ROOT);
        List<SearchHit> hits = recent.get(key);
        if (hits == null) {
            hits = List.copyOf(run(queryText, limit));
            if (recent.size() >= CACHED_QUERIES) {
                recent.clear();
            }
            recent.put(key, hits);
        }
        return hits;
    }

    private List<SearchHit> run(String queryText, int limit) {
        try {
            Query query = parse(queryText);
            TopDocs top = searcher.search(query, limit);
            String[] snippets = highlighter.highlight(TEXT, query, top, SNIPPET_PASSAGES);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc scoreDoc = top.scoreDocs[i];
                Document doc = searcher.storedFields().document(scoreDoc.doc);
                String snippet = snippets[i] != null ? snippets[i] : escapedStart(doc.get(TEXT));
                hits.add(new SearchHit(doc.get(URL), doc.get(TITLE), doc.get(HEADING), doc.get(KIND), snippet));
            }
            return hits;
        } catch (ParseException e) {
            return List.of();
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
