package dev.prunelab.content;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lessons whose ids come closest to an id that names none, for the "did you mean" of a wrong lesson address. Two
 * measures, and the better one counts: the edit distance between the ids (typos: {@code magnitude-prunin}) and the
 * share of words in common with the lesson's id and title (other word orders or names: {@code pruning-magnitude},
 * {@code lottery}).
 */
public final class ClosestLessons {

    /** Below this similarity (0–1) a lesson is too far off to suggest. */
    static final double THRESHOLD = 0.4;

    private ClosestLessons() {}

    /** At most {@code limit} lessons, closest first, that are similar enough to {@code wrongId}. */
    public static List<Lesson> to(String wrongId, List<Lesson> lessons, int limit) {
        String id = wrongId.toLowerCase(Locale.ROOT).strip();
        Set<String> words = words(id);
        return lessons.stream()
                .map(lesson -> new Scored(lesson, similarity(id, words, lesson)))
                .filter(s -> s.score() >= THRESHOLD)
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(limit)
                .map(Scored::lesson)
                .toList();
    }

    /** The words of a wrong id as a search query ("magnitude prunin"). */
    public static String asQuery(String wrongId) {
        return String.join(" ", words(wrongId.toLowerCase(Locale.ROOT)));
    }

    private record Scored(Lesson lesson, double score) {}

    static double similarity(String id, Set<String> words, Lesson lesson) {
        int longer = Math.max(id.length(), lesson.id().length());
        double spelling = longer == 0 ? 0 : 1 - editDistance(id, lesson.id()) / (double) longer;
        Set<String> theirs = words(lesson.id() + " " + lesson.title().toLowerCase(Locale.ROOT));
        long shared = words.stream()
                .filter(w -> theirs.stream().anyMatch(t -> sameWord(w, t)))
                .count();
        double overlap = words.isEmpty() ? 0 : shared / (double) words.size();
        return Math.max(spelling, overlap);
    }

    /** Words match when equal or when one starts the other and they differ by at most two letters (prunin, pruning). */
    private static boolean sameWord(String a, String b) {
        return a.equals(b)
                || (Math.abs(a.length() - b.length()) <= 2
                        && a.length() >= 4
                        && b.length() >= 4
                        && (a.startsWith(b) || b.startsWith(a)));
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Levenshtein distance, two rows. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
