package dev.prunelab.practice.feedback;

import java.util.List;

/**
 * A reference phrase from the rubric (a key point, a paraphrase, a misconception's wording or its correction) ready
 * for comparison: its stems, its embedding, and the negations and absolutes that decide a claim's {@link Stance}.
 *
 * @param phrase    its stems and stem pairs
 * @param vector    its normalised embedding (empty without embeddings)
 * @param negations how many negating words it holds
 * @param absolute  whether it claims an absolute ("always", "10x")
 */
record Reference(Phrase phrase, float[] vector, int negations, boolean absolute) {

    static Reference of(String text, float[] vector, TextAnalysis analysis) {
        List<String> words = TextAnalysis.words(text);
        return new Reference(
                Phrase.of(text, analysis.stems(text)), vector, TextAnalysis.negations(words), Stance.absolute(words));
    }

    String text() {
        return phrase.text();
    }
}
