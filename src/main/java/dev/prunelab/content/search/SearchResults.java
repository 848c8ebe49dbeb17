package dev.prunelab.content.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param hits  the results on this page, best first
 * @param total the results on every page together
 * @param page  this page's number, from 1
 * @param pages   how many pages there are (0 when nothing matched)
 * @param perPage the most results on a page
 */
public record SearchResults(List<SearchHit> hits, int total, int page, int pages, int perPage) {

    public static SearchResults none() {
        return new SearchResults(List.of(), 0, 1, 0, 1);
    }

    /** The rank of this page's first result, from 1. */
    public int firstRank() {
        return (page - 1) * perPage + 1;
    }

    public boolean hasPrevious() {
        return page > 1 && page <= pages + 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
