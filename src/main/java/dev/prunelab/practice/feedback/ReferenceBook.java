package dev.prunelab.practice.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Every reference phrase of every rubric, analysed and embedded once (in one batch) when the engine is built, and
 * looked up by its text afterwards.
 */
final class ReferenceBook {

    private final Map<String, Reference> references = new HashMap<>();

    ReferenceBook(Collection<String> texts, TextAnalysis analysis, Meaning meaning) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(texts));
        float[][] vectors = meaning.embed(distinct);
        for (int i = 0; i < distinct.size(); i++) {
            references.put(distinct.get(i), Reference.of(distinct.get(i), vectors[i], analysis));
        }
    }

    Reference reference(String text) {
        Reference reference = references.get(text);
        if (reference == null) {
            throw new IllegalArgumentException("not a reference phrase: " + text);
        }
        return reference;
    }
}
