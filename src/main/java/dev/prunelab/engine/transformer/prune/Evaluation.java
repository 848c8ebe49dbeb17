package dev.prunelab.engine.transformer.prune;

import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.engine.transformer.MiniLm;
import dev.prunelab.engine.transformer.SentenceEncoder;
import dev.prunelab.engine.transformer.WordPieceTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a (pruned) model against the dense one on question–answer pairs: retrieval (each question ranks
 * all answers) and the mean cosine of its embeddings to the dense model's over every question and answer.
 *
 * <pre>{@code
 * Evaluation eval = Evaluation.of(dense, tokenizer, fronts, backs);
 * Evaluation.Result r = eval.score(pruned);   // r.retrieval().recallAt5(), r.meanCosineToDense()
 * }</pre>
 */
public final class Evaluation {

    /**
     * @param retrieval questions against answers
     * @param meanCosineToDense mean cos(pruned, dense) over questions and answers
     */
    public record Result(Retrieval retrieval, double meanCosineToDense) {}

    private final WordPieceTokenizer tokenizer;
    private final List<int[]> queries;
    private final List<int[]> documents;
    private final float[][] denseQueries;
    private final float[][] denseDocuments;
    private final Result dense;

    private Evaluation(
            MiniLm model,
            WordPieceTokenizer tokenizer,
            List<String> queries,
            List<String> documents,
            Cancellation cancellation) {
        this.tokenizer = tokenizer;
        this.queries = queries.stream().map(tokenizer::encode).toList();
        this.documents = documents.stream().map(tokenizer::encode).toList();
        SentenceEncoder encoder = new SentenceEncoder(model, tokenizer);
        this.denseQueries = encoder.encodeTokens(this.queries, cancellation);
        this.denseDocuments = encoder.encodeTokens(this.documents, cancellation);
        this.dense = new Result(Retrieval.of(denseQueries, denseDocuments), 1.0);
    }

    /**
     * @param dense the unpruned model (encoded once, here)
     * @param tokenizer its tokenizer
     * @param queries e.g. the flashcard fronts
     * @param documents the matching answers, same count and order
     */
    public static Evaluation of(
            MiniLm dense, WordPieceTokenizer tokenizer, List<String> queries, List<String> documents) {
        return of(dense, tokenizer, queries, documents, Cancellation.NEVER);
    }

    /**
     * As {@link #of(MiniLm, WordPieceTokenizer, List, List)}, checking the token between chunks of sentences.
     *
     * @throws java.util.concurrent.CancellationException once the token is cancelled
     */
    public static Evaluation of(
            MiniLm dense,
            WordPieceTokenizer tokenizer,
            List<String> queries,
            List<String> documents,
            Cancellation cancellation) {
        if (queries.size() != documents.size() || queries.isEmpty()) {
            throw new IllegalArgumentException("queries and documents must be equally many and some, got "
                    + queries.size() + " and " + documents.size());
        }
        return new Evaluation(dense, tokenizer, queries, documents, cancellation);
    }

    /** The dense model's own scores (mean cosine 1). */
    public Result dense() {
        return dense;
    }

    /** Encodes every question and answer with the model and scores it. */
    public Result score(MiniLm model) {
        return score(model, Cancellation.NEVER);
    }

    /**
     * As {@link #score(MiniLm)}, checking the token between chunks of sentences.
     *
     * @throws java.util.concurrent.CancellationException once the token is cancelled
     */
    public Result score(MiniLm model, Cancellation cancellation) {
        SentenceEncoder encoder = new SentenceEncoder(model, tokenizer);
        float[][] q = encoder.encodeTokens(queries, cancellation);
        float[][] d = encoder.encodeTokens(documents, cancellation);
        List<float[]> pruned = new ArrayList<>(List.of(q));
        pruned.addAll(List.of(d));
        List<float[]> reference = new ArrayList<>(List.of(denseQueries));
        reference.addAll(List.of(denseDocuments));
        double cosine = Retrieval.meanCosine(pruned.toArray(new float[0][]), reference.toArray(new float[0][]));
        return new Result(Retrieval.of(q, d), cosine);
    }

    /** All sentences (questions then answers), tokenized: the input of a latency measurement. */
    public List<int[]> allTokens() {
        List<int[]> all = new ArrayList<>(queries);
        all.addAll(documents);
        return all;
    }
}
