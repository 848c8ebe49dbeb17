package dev.prunelab.practice.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a claim must be about to state a misconception, from the rubric's {@code requires}: every group needs one of
 * its alternatives, each the beginning of a word ("forest" matches "forests") or, when it holds a space, a phrase
 * that appears as written ("test set"). A group that starts with {@code !} lists what the claim must NOT mention
 * ("!cross-valid | validation": a claim about choosing α by cross-validation does not state "α is chosen on the
 * training data"). Without groups every claim qualifies.
 *
 * @param groups   groups of alternatives, one of each must appear
 * @param excluded groups of alternatives, none of which may appear
 */
record Crux(List<List<String>> groups, List<List<String>> excluded) {

    /** The parts of a compound word ("cross-validation", "2/4"), each of which may begin with a term. */
    private static final Pattern PARTS = Pattern.compile("[-/]");

    static Crux of(List<String> requires) {
        return new Crux(
                requires.stream()
                        .filter(g -> !g.strip().startsWith("!"))
                        .map(Crux::terms)
                        .filter(g -> !g.isEmpty())
                        .toList(),
                requires.stream()
                        .filter(g -> g.strip().startsWith("!"))
                        .map(g -> terms(g.strip().substring(1)))
                        .filter(g -> !g.isEmpty())
                        .toList());
    }

    private static List<String> terms(String group) {
        return Arrays.stream(group.split("\\|"))
                .map(term -> term.strip().toLowerCase(Locale.ROOT))
                .filter(term -> !term.isEmpty())
                .toList();
    }

    boolean heldBy(Claim claim) {
        String text = " " + String.join(" ", claim.words()) + " ";
        return groups.stream().allMatch(group -> group.stream().anyMatch(term -> matches(term, claim, text)))
                && excluded.stream().noneMatch(group -> group.stream().anyMatch(term -> matches(term, claim, text)));
    }

    private static boolean matches(String term, Claim claim, String text) {
        if (term.contains(" ")) {
            return text.contains(" " + term);
        }
        for (String word : claim.words()) {
            if (word.startsWith(term)) {
                return true;
            }
            if (word.indexOf('-') >= 0 || word.indexOf('/') >= 0) {
                for (String part : PARTS.split(word)) {
                    if (part.startsWith(term)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
