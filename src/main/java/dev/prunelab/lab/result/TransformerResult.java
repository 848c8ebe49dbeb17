package dev.prunelab.lab.result;

import java.util.List;

/**
 * What a transformer experiment shows: every pruned model of all-MiniLM-L6-v2 scored against the dense one on
 * flashcard retrieval (each card's front queries every back), with its size and, for physically shrunk models, its
 * measured encode time.
 *
 * @param cards              flashcards evaluated (queries; as many answers)
 * @param calibrationSamples lesson sections whose opening (up to 128 tokens) calibrated Wanda, SparseGPT and the
 *     activation criterion; separate from the flashcards scored
 * @param calibrationTokens  their tokens, {@code [CLS]} and {@code [SEP]} included
 * @param latencySentences   sentences encoded for each latency figure (one thread, median of three runs)
 * @param arms               the dense model first, then each pruned model
 * @param takeaways          what the run shows, in sentences ({@link TransformerTakeaways})
 */
public record TransformerResult(
        int cards,
        int calibrationSamples,
        int calibrationTokens,
        int latencySentences,
        List<Arm> arms,
        List<String> takeaways) {

    public static final String DENSE = "dense";

    /** The dense model's scores. */
    public Arm dense() {
        return arms.get(0);
    }

    /** The pruned model the spec asked for (its criterion and pattern at its largest sparsity). */
    public Arm main() {
        return arms.stream()
                .filter(a -> a.role().equals("main"))
                .reduce((a, b) -> b)
                .orElse(dense());
    }

    /** The result with its takeaways written. */
    public TransformerResult withTakeaways(List<String> newTakeaways) {
        return new TransformerResult(
                cards, calibrationSamples, calibrationTokens, latencySentences, arms, List.copyOf(newTakeaways));
    }

    /**
     * One model: dense, or pruned by one criterion and pattern at one target.
     *
     * @param role                "dense", "main" (the spec's criterion and pattern) or "compare"
     * @param criterion           the criterion's id ({@code dense} for the dense model)
     * @param pattern             unstructured, 2:4 or heads+neurons ({@code dense} for the dense model)
     * @param target              the asked-for share of weights (or of heads and neurons)
     * @param sparsity            the measured share of zero weights in the 36 linear layers (0 after shrinking)
     * @param meanCosine          mean cosine of its embeddings to the dense model's, over every front and back
     * @param parameters          all parameters, the embeddings included
     * @param embeddingParameters of those, the word, position and token-type embeddings (never pruned)
     * @param linearNonZero       non-zero weights of the linear layers
     * @param bytesDense          float32 storage of every parameter
     * @param bytesSparse         the same with the linear weights in CSR (value + 16-bit column per non-zero)
     * @param encodeMillis        single-thread encode time of the latency sentences, or null when not measured
     * @param seconds             time spent pruning (0 for the dense model)
     */
    public record Arm(
            String name,
            String role,
            String criterion,
            String pattern,
            double target,
            double sparsity,
            double recallAt1,
            double recallAt5,
            double mrr,
            double meanCosine,
            long parameters,
            long embeddingParameters,
            long linearWeights,
            long linearNonZero,
            long bytesDense,
            long bytesSparse,
            Double encodeMillis,
            double seconds) {

        /** Share of the parameters in the embeddings. */
        public double embeddingShare() {
            return (double) embeddingParameters / parameters;
        }
    }
}
