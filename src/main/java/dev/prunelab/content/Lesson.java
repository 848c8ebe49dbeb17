package dev.prunelab.content;

import dev.prunelab.content.markdown.RenderedMarkdown.Heading;
import dev.prunelab.content.markdown.RenderedMarkdown.SectionText;
import java.util.List;

/**
 * A lesson of the learning path, loaded from {@code content/lessons/*.md}.
 *
 * @param id            unique id, used in {@code /learn/<id>}
 * @param order         position on the learning path (pruning track first, then supporting lessons)
 * @param track         which part of the path the lesson belongs to
 * @param prerequisites ids of lessons to read first
 * @param minutes       estimated reading time
 * @param html          the rendered body
 * @param headings      every heading of the body with its anchor (level 2 and 3 form the table of contents)
 * @param sections      the plain text under each heading, for search
 * @param words         the body's word count
 */
public record Lesson(
        String id,
        String title,
        String summary,
        int order,
        Track track,
        List<String> prerequisites,
        int minutes,
        List<String> tags,
        String path,
        String html,
        List<Heading> headings,
        List<SectionText> sections,
        int words) {

    /** The two parts of the learning path. */
    public enum Track {
        /** The pruning lessons proper. */
        PRUNING("Pruning in depth"),
        /** Shorter supporting lessons the question card's approach relies on. */
        FOUNDATIONS("Supporting foundations");

        private final String label;

        Track(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The headings that make up the table of contents (## and ###). */
    public List<Heading> tableOfContents() {
        return headings.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
    }

    /** Whether the body has a heading with this anchor. */
    public boolean hasAnchor(String anchor) {
        return headings.stream().anyMatch(h -> h.anchor().equals(anchor));
    }

    public String href() {
        return "/learn/" + id;
    }
}
