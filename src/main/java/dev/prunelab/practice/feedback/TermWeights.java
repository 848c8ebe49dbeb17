package dev.prunelab.practice.feedback;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Inverse document frequencies of stems over a corpus (the rubric points, their paraphrases and the lesson
 * sections), so words every document uses ("model", "weight") count little and specific ones ("hessian",
 * "2:4") count a lot. A stem the corpus never uses gets the highest weight. Immutable.
 */
final class TermWeights {

    private final Map<String, Double> idf;
    private final double unseen;

    /** @param documents each document as its stems */
    TermWeights(Collection<List<String>> documents) {
        Map<String, Integer> frequency = new HashMap<>();
        for (List<String> document : documents) {
            new HashSet<>(document).forEach(stem -> frequency.merge(stem, 1, Integer::sum));
        }
        int n = documents.size();
        Map<String, Double> weights = new HashMap<>();
        frequency.forEach((stem, df) -> weights.put(stem, Math.log(1.0 + n / (double) df)));
        this.idf = Map.copyOf(weights);
        this.unseen = Math.log(1.0 + n);
    }

    double weight(String stem) {
        return idf.getOrDefault(stem, unseen);
    }

    double sum(Collection<String> stems) {
        return stems.stream().mapToDouble(this::weight).sum();
    }
}
