package dev.prunelab.lab.run;

import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.spec.ExperimentSpec;
import java.util.function.Supplier;

/**
 * Runs a typed spec on the engine and returns its result. Framework-free: the lab's job layer adds
 * threads, budgets and storage around it; tests and benchmarks call it directly.
 *
 * <pre>{@code
 * ExperimentResult r = ExperimentRunner.run(SpecResolver.resolve(request, presets, budget).orThrow(), RunContext.silent());
 * }</pre>
 */
public final class ExperimentRunner {

    private ExperimentRunner() {}

    /**
     * Runs a network or tree experiment.
     *
     * @throws java.util.concurrent.CancellationException when the context's token is cancelled
     * @throws IllegalArgumentException for a transformer experiment, which needs its text
     */
    public static ExperimentResult run(ExperimentSpec spec, RunContext context) {
        return run(spec, context, () -> {
            throw new IllegalArgumentException("a transformer experiment needs its flashcards and calibration text");
        });
    }

    /**
     * Runs any experiment.
     *
     * @param corpus the text a transformer experiment reads (asked for only by those)
     * @throws java.util.concurrent.CancellationException when the context's token is cancelled
     */
    public static ExperimentResult run(ExperimentSpec spec, RunContext context, Supplier<TransformerCorpus> corpus) {
        if (spec instanceof ExperimentSpec.Network network) {
            return new NetworkExperiment(network, context).run();
        }
        if (spec instanceof ExperimentSpec.Tree tree) {
            return new TreeExperiment(tree, context).run();
        }
        return new TransformerExperiment(
                        (ExperimentSpec.Transformer) spec, context, corpus.get(), TransformerModel.SHARED)
                .run();
    }
}
