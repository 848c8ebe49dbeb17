package dev.prunelab.practice.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a claim must be about to state a misconception, from the rubric's {@code requires}: every group needs one of
 * its alternatives, each the beginning of a word ("forest" matches "forests") or, when it holds a space, a phrase
 * that appears as written ("test set"). Without groups every claim qualifies.
 */
record Crux(List<List<String>> groups) {

    static Crux of(List<String> requires) {
        return new Crux(requires.stream()
                .map(group -> Arrays.stream(group.split("\\|"))
                        .map(term -> term.strip().toLowerCase(Locale.ROOT))
                        .filter(term -> !term.isEmpty())
                        .toList())
                .filter(group -> !group.isEmpty())
                .toList());
    }

    boolean heldBy(Claim claim) {
        if (groups.isEmpty()) {
            return true;
        }
        String text = " " + String.join(" ", claim.words()) + " ";
        return groups.stream().allMatch(group -> group.stream().anyMatch(term -> matches(term, claim, text)));
    }

    private static boolean matches(String term, Claim claim, String text) {
        if (term.contains(" ")) {
            return text.contains(" " + term);
        }
        for (String word : claim.words()) {
            if (word.startsWith(term)) {
                return true;
            }
            for (String part : word.split("[-/]")) {
                if (part.startsWith(term)) {
                    return true;
                }
            }
        }
        return false;
    }
}
