package dev.prunelab.content.search;

import java.util.List;

/**
 * One search result: a page (a lesson, a question card, a lab preset) with its sections that best match.
 *
 * @param url     the page's address
 * @param title   the lesson, question or preset title
 * @param kind    "Lesson", "Question" or "Lab preset"
 * @param matches its best matching parts, best first (at least one)
 */
public record SearchHit(String url, String title, String kind, List<Match> matches) {

    /**
     * A part of the page that matches: one of its sections, or a flashcard or follow-up question that belongs to it.
     *
     * @param url         where the part is, with its anchor
     * @param heading     the section heading, "Flashcard: …" or "Follow-up: …" (empty for a page's introduction)
     * @param snippetHtml an HTML-escaped excerpt with matching words wrapped in {@code <mark>}
     */
    public record Match(String url, String heading, String snippetHtml) {}
}
