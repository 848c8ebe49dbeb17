package dev.prunelab.lab.run;

import dev.prunelab.engine.transformer.MiniLm;
import dev.prunelab.engine.transformer.SentenceEncoder;
import dev.prunelab.engine.transformer.prune.Evaluation;
import dev.prunelab.engine.transformer.prune.LayerProgress;
import dev.prunelab.engine.transformer.prune.ModelSize;
import dev.prunelab.engine.transformer.prune.OneShotPruner;
import dev.prunelab.engine.transformer.prune.StructuredPruner;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.result.TransformerResult;
import dev.prunelab.lab.result.TransformerResult.Arm;
import dev.prunelab.lab.result.TransformerTakeaways;
import dev.prunelab.lab.spec.ExperimentSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prunes the pretrained all-MiniLM-L6-v2 without retraining: the dense model is scored once on the flashcards, then
 * every planned model ({@link TransformerArms}) is pruned from a copy, layer by layer with live progress, and scored
 * against it. Structured models are shrunk physically and timed against the dense one.
 */
final class TransformerExperiment {

    /** Cards whose fronts and backs are encoded for each latency figure. */
    static final int LATENCY_CARDS = 24;

    private static final int LATENCY_RUNS = 3;

    private final ExperimentSpec.Transformer spec;
    private final RunContext context;
    private final TransformerCorpus corpus;
    private final TransformerModel model;

    TransformerExperiment(
            ExperimentSpec.Transformer spec, RunContext context, TransformerCorpus corpus, TransformerModel model) {
        this.spec = spec;
        this.context = context;
        this.corpus = corpus.firstCards(spec.rows());
        this.model = model;
    }

    ExperimentResult run() {
        List<TransformerArms.Planned> planned = TransformerArms.of(spec);
        // units: loading, dense scoring, then pruning and scoring each model
        context.plan(2 + 2.0 * planned.size());
        context.phase(model.loaded() ? "Model in memory" : "Loading all-MiniLM-L6-v2 (once per server)");
        SentenceEncoder encoder = model.encoder();
        MiniLm dense = encoder.model();
        context.advance(1);
        context.phase("Scoring the dense model on " + corpus.fronts().size() + " flashcards");
        Evaluation evaluation =
                Evaluation.of(dense, encoder.tokenizer(), corpus.fronts(), corpus.backs(), context.cancellation());
        List<int[]> calibration =
                corpus.calibration().stream().map(encoder.tokenizer()::encode).toList();
        int calibrationTokens = calibration.stream().mapToInt(t -> t.length).sum();
        List<int[]> latencyTokens = latencyTokens(evaluation);
        Double denseMillis = spec.structured() ? encodeMillis(encoder, dense, latencyTokens) : null;
        List<Arm> arms = new ArrayList<>();
        arms.add(arm(
                "dense",
                TransformerResult.DENSE,
                TransformerResult.DENSE,
                TransformerResult.DENSE,
                0,
                evaluation.dense(),
                ModelSize.of(dense),
                denseMillis,
                0));
        context.advance(1);
        for (TransformerArms.Planned p : planned) {
            arms.add(prune(p, encoder, evaluation, calibration, latencyTokens));
        }
        TransformerResult result = new TransformerResult(
                corpus.fronts().size(),
                calibration.size(),
                calibrationTokens,
                spec.structured() ? latencyTokens.size() : 0,
                arms,
                List.of());
        result = result.withTakeaways(TransformerTakeaways.of(result));
        return new ExperimentResult(
                ExperimentResult.TRANSFORMER,
                null,
                result.dense().recallAt5(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                result);
    }

    private Arm prune(
            TransformerArms.Planned p,
            SentenceEncoder encoder,
            Evaluation evaluation,
            List<int[]> calibration,
            List<int[]> latencyTokens) {
        context.phase(p.name() + ": pruning");
        LayerProgress progress = (done, total, layer) -> {
            context.phase(p.name() + ": pruned " + layer + " (" + done + " of " + total + ")");
            context.advance(1.0 / total);
        };
        MiniLm pruned = encoder.model().copy();
        long start = System.nanoTime();
        if (p.structured() != null) {
            StructuredPruner.prune(
                    pruned, p.target(), p.target(), p.structured(), calibration, progress, context.cancellation());
            pruned = StructuredPruner.shrink(pruned);
        } else {
            OneShotPruner.prune(pruned, p.oneShot(), calibration, progress, context.cancellation());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        context.phase(p.name() + ": scoring " + corpus.fronts().size() + " flashcards");
        Evaluation.Result scores = evaluation.score(pruned, context.cancellation());
        Double millis = p.structured() != null ? encodeMillis(encoder, pruned, latencyTokens) : null;
        context.advance(1);
        return arm(
                p.name(),
                p.role(),
                p.criterion().id(),
                p.pattern(),
                p.target(),
                scores,
                ModelSize.of(pruned),
                millis,
                seconds);
    }

    private List<int[]> latencyTokens(Evaluation evaluation) {
        List<int[]> all = evaluation.allTokens();
        int cards = corpus.fronts().size();
        int n = Math.min(LATENCY_CARDS, cards);
        List<int[]> tokens = new ArrayList<>(all.subList(0, n));
        tokens.addAll(all.subList(cards, cards + n));
        return tokens;
    }

    /** Median of {@value #LATENCY_RUNS} single-thread encodes after one warm-up. */
    private double encodeMillis(SentenceEncoder base, MiniLm variant, List<int[]> tokens) {
        context.phase("Timing the " + (variant == base.model() ? "dense" : "shrunk") + " model");
        SentenceEncoder encoder = new SentenceEncoder(variant, base.tokenizer());
        double[] millis = new double[LATENCY_RUNS];
        for (int i = -1; i < LATENCY_RUNS; i++) {
            long start = System.nanoTime();
            encoder.encodeTokens(tokens, context.cancellation());
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return round(millis[LATENCY_RUNS / 2], 10);
    }

    private static Arm arm(
            String name,
            String role,
            String criterion,
            String pattern,
            double target,
            Evaluation.Result scores,
            ModelSize size,
            Double millis,
            double seconds) {
        return new Arm(
                name,
                role,
                criterion,
                pattern,
                target,
                NetworkExperiment.round(size.linearSparsity()),
                NetworkExperiment.round(scores.retrieval().recallAt1()),
                NetworkExperiment.round(scores.retrieval().recallAt5()),
                NetworkExperiment.round(scores.retrieval().meanReciprocalRank()),
                NetworkExperiment.round(scores.meanCosineToDense()),
                size.parameters(),
                size.embeddingParameters(),
                size.linearWeights(),
                size.linearNonZero(),
                size.denseBytes(),
                size.sparseBytes(),
                millis,
                round(seconds, 100));
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
