package dev.prunelab.content;

/**
 * A pointer from one piece of content into a lesson, written {@code lesson-id} or {@code lesson-id#anchor}.
 *
 * @param lessonId the lesson's id
 * @param anchor   a heading anchor in that lesson, or empty for the lesson's top
 */
public record ContentLink(String lessonId, String anchor) {

    /** Parses {@code lesson-id} or {@code lesson-id#anchor}. */
    public static ContentLink parse(String reference) {
        int hash = reference.indexOf('#');
        return hash < 0
                ? new ContentLink(reference.strip(), "")
                : new ContentLink(
                        reference.substring(0, hash).strip(),
                        reference.substring(hash + 1).strip());
    }

    /** The page address, e.g. {@code /learn/schedules#zhu-and-gupta}. */
    public String href() {
        return "/learn/" + lessonId + (anchor.isEmpty() ? "" : "#" + anchor);
    }
}
