package dev.prunelab.lab.run;

import dev.prunelab.engine.metrics.Evaluation;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.optim.Adam;
import dev.prunelab.engine.prune.FineTuner;
import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.engine.train.Progress;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.engine.train.StepHook;
import dev.prunelab.engine.train.Trainer;
import java.util.function.Consumer;

/**
 * One run's link to the outside: progress reports (throttled, with an ETA from the planned epochs) and cooperative
 * cancellation. Every training run of an experiment goes through {@link #fit} so its epochs count.
 */
public final class RunContext {

    static final int BATCH = 32;
    static final double LEARNING_RATE = 1e-3;
    private static final long REPORT_EVERY_NANOS = 100_000_000L;

    private final Cancellation cancellation;
    private final Consumer<RunProgress> sink;
    private final long start = System.nanoTime();
    private double plannedEpochs = 1;
    private double doneEpochs;
    private String phase = "Starting";
    private long lastReport;

    public RunContext(Cancellation cancellation, Consumer<RunProgress> sink) {
        this.cancellation = cancellation;
        this.sink = sink;
    }

    /** A context that never reports and is never cancelled (tests, benchmarks). */
    public static RunContext silent() {
        return new RunContext(Cancellation.NEVER, p -> {});
    }

    void plan(double epochs) {
        plannedEpochs = Math.max(1, epochs);
    }

    /** Starts a named phase and reports it at once. */
    void phase(String name) {
        cancellation.throwIfCancelled();
        phase = name;
        report(new RunProgress(name, fraction(0), 0, 0, 0, null, 0, 0, null), true);
    }

    /** Counts work that is not training (tree paths, cross-validation folds) as a share of an epoch. */
    void advance(double epochs) {
        cancellation.throwIfCancelled();
        doneEpochs += epochs;
        report(new RunProgress(phase, fraction(0), 0, 0, 0, null, 0, 0, null), false);
    }

    /** The token long engine calls check between steps. */
    Cancellation cancellation() {
        return cancellation;
    }

    void checkCancelled() {
        cancellation.throwIfCancelled();
    }

    /** Evaluates on the rows, stopping between batches once cancelled: scoring is part of the time budget. */
    Evaluation evaluate(Network network, Samples data) {
        return Evaluation.of(network, data, cancellation);
    }

    /** Trains with Adam in batches of {@value #BATCH}, reporting every step and counting the epochs. */
    void fit(Network network, int epochs, StepHook hook, Samples train, long seed) {
        int stepsPerEpoch = (train.rows() + BATCH - 1) / BATCH;
        new Trainer(epochs, BATCH, seed)
                .cancelWith(cancellation)
                .afterBackward(hook)
                .onProgress(p -> onStep(p, stepsPerEpoch))
                .fit(network, Adam.withDefaults(network.parameters(), LEARNING_RATE), train);
        doneEpochs += epochs;
    }

    FineTuner tuner(Samples train, long seed) {
        return (network, epochs, hook) -> fit(network, epochs, hook, train, seed);
    }

    private void onStep(Progress p, int stepsPerEpoch) {
        long inEpoch = p.step() - (long) (p.epoch() - 1) * stepsPerEpoch;
        double withinRun = (p.epoch() - 1) + Math.min(1.0, (double) inEpoch / stepsPerEpoch);
        report(
                new RunProgress(
                        phase,
                        fraction(withinRun),
                        p.step(),
                        p.epoch(),
                        p.epochs(),
                        Double.isFinite(p.loss()) ? p.loss() : null,
                        p.sparsity(),
                        0,
                        null),
                false);
    }

    private double fraction(double extraEpochs) {
        return Math.min(0.99, (doneEpochs + extraEpochs) / plannedEpochs);
    }

    private void report(RunProgress p, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastReport < REPORT_EVERY_NANOS) {
            return;
        }
        lastReport = now;
        long elapsed = (now - start) / 1_000_000;
        Double eta = p.fraction() > 0.02 ? elapsed / 1000.0 * (1 - p.fraction()) / p.fraction() : null;
        sink.accept(new RunProgress(
                p.phase(), p.fraction(), p.step(), p.epoch(), p.epochs(), p.loss(), p.sparsity(), elapsed, eta));
    }
}
