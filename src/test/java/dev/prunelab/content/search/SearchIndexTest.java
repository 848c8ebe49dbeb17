package dev.prunelab.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The index on pages made up for each case: single-token terms, one result per page, paging. */
class SearchIndexTest {

    static final SearchIndex.Page SPARSITY = page(
            "/learn/semi-structured",
            "Semi-structured sparsity",
            "A 2:4 pattern keeps two weights in every group of four; N:M generalises it.",
            "Ampere tensor cores run 2:4 at up to twice the speed.",
            "Choosing between N:M and block sparsity.",
            "Pattern 2:4 once more, for the fourth section that also matches.");
    static final SearchIndex.Page NUMBERS =
            page("/learn/numbers", "Numbers", "Train for 2 epochs, then 4 more.", "Accuracy fell by 0.46 points.");
    static final SearchIndex.Page NORMS = page(
            "/learn/norms",
            "Norms",
            "An L₀ penalty counts the non-zeros.",
            "OBD's diagonal saliency, not OBS's full inverse.",
            "Weights are pruned after training.");

    private static SearchIndex.Page page(String href, String title, String... sections) {
        List<SearchIndex.Section> list = new ArrayList<>();
        for (int i = 0; i < sections.length; i++) {
            list.add(new SearchIndex.Section(href + "#s" + i, "Section " + i, sections[i]));
        }
        return new SearchIndex.Page(href, title, "Lesson", list);
    }

    private final SearchIndex index = new SearchIndex(List.of(SPARSITY, NUMBERS, NORMS));

    private List<String> pagesFor(String query) {
        return index.search(query, 1, 20).hits().stream().map(SearchHit::url).toList();
    }

    @Test
    void sparsityPatternsAreSingleTermsNotTheirDigits() {
        assertThat(pagesFor("2:4")).containsExactly(SPARSITY.href());
        assertThat(pagesFor("N:M")).containsExactly(SPARSITY.href());
        assertThat(pagesFor("n:m")).containsExactly(SPARSITY.href());
        assertThat(pagesFor("0.46")).containsExactly(NUMBERS.href());
    }

    @Test
    void normsAndAbbreviationsAreFoundHoweverTheyAreWritten() {
        assertThat(pagesFor("L0")).containsExactly(NORMS.href());
        assertThat(pagesFor("ℓ0")).containsExactly(NORMS.href());
        assertThat(pagesFor("OBD")).containsExactly(NORMS.href());
        assertThat(pagesFor("obs")).containsExactly(NORMS.href());
        // words are still stemmed
        assertThat(pagesFor("pruning")).containsExactly(NORMS.href());
    }

    @Test
    void aPageIsOneResultWithItsBestSectionsHighlighted() {
        SearchResults results = index.search("2:4", 1, 20);
        assertThat(results.total()).isEqualTo(1);
        SearchHit hit = results.hits().get(0);
        assertThat(hit.title()).isEqualTo("Semi-structured sparsity");
        assertThat(hit.matches()).hasSize(SearchIndex.MATCHES_PER_HIT);
        assertThat(hit.matches().get(0).snippetHtml()).contains("<mark>2:4</mark>");
        assertThat(hit.matches()).allSatisfy(m -> assertThat(m.url()).startsWith(SPARSITY.href() + "#s"));
    }

    @Test
    void resultsComePageByPage() {
        List<SearchIndex.Page> many = IntStream.range(0, 45)
                .mapToObj(i -> page("/learn/p" + i, "Page " + i, "magnitude pruning, variant " + i))
                .toList();
        SearchIndex big = new SearchIndex(many);
        SearchResults first = big.search("magnitude", 1, 20);
        SearchResults third = big.search("magnitude", 3, 20);
        assertThat(first.total()).isEqualTo(45);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hits()).hasSize(20);
        assertThat(first.hasNext()).isTrue();
        assertThat(third.hits()).hasSize(5);
        assertThat(third.firstRank()).isEqualTo(41);
        assertThat(third.hasNext()).isFalse();
        assertThat(big.search("magnitude", 4, 20).hits()).isEmpty();
        List<String> all = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            big.search("magnitude", p, 20).hits().forEach(h -> all.add(h.url()));
        }
        assertThat(all).doesNotHaveDuplicates().hasSize(45);
    }
}
