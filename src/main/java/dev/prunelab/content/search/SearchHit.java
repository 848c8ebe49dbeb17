package dev.prunelab.content.search;

/**
 * One search result: a section of a lesson or question card.
 *
 * @param url         where the section is, with its anchor
 * @param pageTitle   the lesson or question title
 * @param heading     the section heading (empty for a page's introduction)
 * @param kind        "Lesson" or "Question"
 * @param snippetHtml an HTML-escaped excerpt with matching words wrapped in {@code <mark>}
 */
public record SearchHit(String url, String pageTitle, String heading, String kind, String snippetHtml) {}
