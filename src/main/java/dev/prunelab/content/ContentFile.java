package dev.prunelab.content;

/**
 * One file of the curriculum.
 *
 * @param path the path shown in messages, always starting with {@code content/} (e.g. {@code content/lessons/03-x.md})
 * @param text the file's text (UTF-8)
 */
public record ContentFile(String path, String text) {

    /** The path below {@code content/}, e.g. {@code lessons/03-x.md}. */
    public String relativePath() {
        return path.substring("content/".length());
    }
}
