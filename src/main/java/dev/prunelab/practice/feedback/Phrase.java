package dev.prunelab.practice.feedback;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Text analysed for matching: its distinct stems and its stem pairs (adjacent, and with one word skipped, so
 * "remove the smallest weights" still pairs "remov" with "weight").
 *
 * <p>{@link #similarity} is how much of a reference phrase a sentence says: the IDF-weighted share of the
 * phrase's stems the sentence contains (recall, so a long sentence is not punished for saying more), blended
 * with the share of the phrase's stem pairs it contains (word order and phrasing, which a bag of words misses).
 */
record Phrase(String text, Set<String> stems, Set<String> pairs) {

    /** Weight of single stems against stem pairs in the similarity. */
    static final double TERM_SHARE = 0.7;

    static Phrase of(String text, List<String> stems) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < stems.size(); i++) {
            pairs.add(stems.get(i) + ' ' + stems.get(i + 1));
            if (i + 2 < stems.size()) {
                pairs.add(stems.get(i) + ' ' + stems.get(i + 2));
            }
        }
        return new Phrase(text, Set.copyOf(stems), Set.copyOf(pairs));
    }

    /** How much of {@code reference} this phrase says, 0–1. */
    double similarity(Phrase reference, TermWeights weights) {
        double total = weights.sum(reference.stems);
        if (total == 0) {
            return 0;
        }
        double shared = reference.stems.stream()
                .filter(stems::contains)
                .mapToDouble(weights::weight)
                .sum();
        double termRecall = shared / total;
        if (reference.pairs.isEmpty()) {
            return termRecall;
        }
        // Only the pairs of the reference's adjacent stems count once each; skip pairs are a bonus for order.
        long sharedPairs = reference.pairs.stream().filter(pairs::contains).count();
        double pairRecall = Math.min(1.0, sharedPairs / (double) Math.max(1, reference.stems.size() - 1));
        return TERM_SHARE * termRecall + (1 - TERM_SHARE) * pairRecall;
    }
}
