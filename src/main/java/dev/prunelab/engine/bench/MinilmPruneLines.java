package dev.prunelab.engine.bench;

import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.engine.transformer.MiniLm;
import dev.prunelab.engine.transformer.SentenceEncoder;
import dev.prunelab.engine.transformer.prune.Evaluation;
import dev.prunelab.engine.transformer.prune.LayerProgress;
import dev.prunelab.engine.transformer.prune.ModelSize;
import dev.prunelab.engine.transformer.prune.OneShotMethod;
import dev.prunelab.engine.transformer.prune.OneShotPruner;
import dev.prunelab.engine.transformer.prune.OneShotSpec;
import dev.prunelab.engine.transformer.prune.SparsityPattern;
import dev.prunelab.engine.transformer.prune.StructuredPruner;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code minilm-prune} lines of the {@code minilm} workload, with the reference script's definitions
 * (shared/bench/MINILM.md): evaluation on every card (fronts query backs), calibration on the backs of the
 * first half of the cards by id, the same runs and keys. Then {@code minilm-structured} lines (not in the
 * references): heads and FFN neurons removed by activation-weighted norms, with sizes and the measured
 * encode time of the 226 sentences on one thread, dense against shrunk.
 */
final class MinilmPruneLines {

    private static final List<OneShotSpec> RUNS = List.of(
            new OneShotSpec(OneShotMethod.MAGNITUDE, SparsityPattern.UNSTRUCTURED, 0.5),
            new OneShotSpec(OneShotMethod.WANDA, SparsityPattern.UNSTRUCTURED, 0.5),
            new OneShotSpec(OneShotMethod.SPARSEGPT, SparsityPattern.UNSTRUCTURED, 0.5),
            new OneShotSpec(OneShotMethod.MAGNITUDE, SparsityPattern.TWO_FOUR, 0.5),
            new OneShotSpec(OneShotMethod.WANDA, SparsityPattern.TWO_FOUR, 0.5),
            new OneShotSpec(OneShotMethod.SPARSEGPT, SparsityPattern.TWO_FOUR, 0.5),
            new OneShotSpec(OneShotMethod.MAGNITUDE, SparsityPattern.UNSTRUCTURED, 0.6),
            new OneShotSpec(OneShotMethod.WANDA, SparsityPattern.UNSTRUCTURED, 0.6),
            new OneShotSpec(OneShotMethod.MAGNITUDE, SparsityPattern.UNSTRUCTURED, 0.7),
            new OneShotSpec(OneShotMethod.WANDA, SparsityPattern.UNSTRUCTURED, 0.7),
            new OneShotSpec(OneShotMethod.MAGNITUDE_GLOBAL, SparsityPattern.UNSTRUCTURED, 0.5));
    private static final double[] STRUCTURED_FRACTIONS = {0.25, 0.5};
    private static final int CALIBRATION_CAP = 128;

    private MinilmPruneLines() {}

    static void run(SentenceEncoder encoder, Flashcards cards, PrintStream out) {
        MiniLm dense = encoder.model();
        List<String> calibrationText =
                cards.backs().subList(0, Math.min(CALIBRATION_CAP, cards.backs().size() / 2));
        List<int[]> calibration =
                calibrationText.stream().map(encoder.tokenizer()::encode).toList();
        Evaluation evaluation = Evaluation.of(dense, encoder.tokenizer(), cards.fronts(), cards.backs());
        Map<String, Object> denseLine = line("dense", "none", 0.0, evaluation.dense(), 0.0);
        denseLine.put("cards", cards.fronts().size());
        out.println(Json.object(denseLine));
        for (OneShotSpec run : RUNS) {
            MiniLm pruned = dense.copy();
            long start = System.nanoTime();
            int tokens = OneShotPruner.prune(pruned, run, calibration, LayerProgress.NONE, Cancellation.NEVER);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> line = line(
                    run.method().label(), run.pattern().label(), run.sparsity(), evaluation.score(pruned), seconds);
            line.put("measured_sparsity", Json.round(ModelSize.of(pruned).linearSparsity(), 4));
            line.put("calib_sentences", run.method().calibrated() ? calibration.size() : 0);
            line.put("calib_tokens", tokens);
            out.println(Json.object(line));
        }
        structured(encoder, evaluation, calibration, out);
    }

    private static void structured(
            SentenceEncoder encoder, Evaluation evaluation, List<int[]> calibration, PrintStream out) {
        MiniLm dense = encoder.model();
        double denseMillis = encodeMillis(dense, encoder, evaluation);
        for (double fraction : STRUCTURED_FRACTIONS) {
            MiniLm masked = dense.copy();
            long start = System.nanoTime();
            StructuredPruner.prune(
                    masked,
                    fraction,
                    fraction,
                    StructuredPruner.Criterion.ACTIVATION,
                    calibration,
                    LayerProgress.NONE,
                    Cancellation.NEVER);
            MiniLm shrunk = StructuredPruner.shrink(masked);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> line = line("activation", "heads+neurons", fraction, evaluation.score(shrunk), seconds);
            line.put("workload", "minilm-structured");
            ModelSize size = ModelSize.of(shrunk);
            line.put("parameters", size.parameters());
            line.put("embedding_share", Json.round(size.embeddingShare(), 4));
            line.put("block_parameters", size.blockParameters());
            line.put("dense_block_parameters", dense.blockParameters());
            line.put("encode_ms_dense", Json.round(denseMillis, 1));
            line.put("encode_ms_shrunk", Json.round(encodeMillis(shrunk, encoder, evaluation), 1));
            out.println(Json.object(line));
        }
    }

    /** Median of 3 single-thread encodes of every evaluation sentence (after one warm-up). */
    private static double encodeMillis(MiniLm model, SentenceEncoder base, Evaluation evaluation) {
        SentenceEncoder encoder = new SentenceEncoder(model, base.tokenizer());
        double[] millis = new double[3];
        for (int i = -1; i < millis.length; i++) {
            long start = System.nanoTime();
            encoder.encodeTokens(evaluation.allTokens());
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis[1];
    }

    private static Map<String, Object> line(
            String method, String pattern, double sparsity, Evaluation.Result result, double seconds) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("workload", "minilm-prune");
        line.put("method", method);
        line.put("pattern", pattern);
        line.put("sparsity", sparsity);
        line.put("recall@1", Json.round(result.retrieval().recallAt1(), 4));
        line.put("recall@5", Json.round(result.retrieval().recallAt5(), 4));
        line.put("mrr", Json.round(result.retrieval().meanReciprocalRank(), 4));
        line.put("mean_cosine_to_dense", Json.round(result.meanCosineToDense(), 4));
        line.put("seconds", Json.round(seconds, 2));
        return line;
    }
}
