package dev.prunelab.content;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while loading content, so an author sees all of them at once. */
final class ContentProblems {
    private final List<String> problems = new ArrayList<>();

    void add(String path, String problem) {
        problems.add(path + ": " + problem);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws a {@link ContentException} listing every problem, if there is any. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ContentException(List.copyOf(problems));
        }
    }
}
