package dev.prunelab.lab.run;

import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.spec.ExperimentSpec;

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
     * @throws java.util.concurrent.CancellationException when the context's token is cancelled
     */
    public static ExperimentResult run(ExperimentSpec spec, RunContext context) {
        return spec instanceof ExperimentSpec.Network network
                ? new NetworkExperiment(network, context).run()
                : new TreeExperiment((ExperimentSpec.Tree) spec, context).run();
    }
}
