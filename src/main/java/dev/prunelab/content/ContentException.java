package dev.prunelab.content;

import java.util.List;

/**
 * The curriculum is invalid. The message names each file and what is wrong with it, one per line, e.g.
 * {@code content/lessons/x.md: unknown prerequisite 'y'}. Thrown at start-up, which then fails.
 */
public final class ContentException extends RuntimeException {
    private final List<String> problems;

    public ContentException(List<String> problems) {
        super("The content in content/ is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  " + String.join("\n  ", problems));
        this.problems = problems;
    }

    /** Each problem as {@code <path>: <what is wrong>}. */
    public List<String> problems() {
        return problems;
    }
}
