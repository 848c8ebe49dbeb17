package dev.prunelab.lab;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The lab's meters, exported at {@code /q/metrics} as {@code prunelab_lab_*}: how full the pool is, what happens to
 * the experiments asked for (taken, rejected, served from the cache) and how the taken ones end and how long they
 * ran. Every tag value is registered at start-up, so a dashboard sees zeros rather than missing series.
 */
@ApplicationScoped
public class LabMetrics {

    /** Why a request for an experiment was refused with 429. */
    public enum Rejection {
        QUEUE_FULL,
        RATE_LIMITED,
        /** The learner, or the address of visitors who are not signed in, has the most experiments in flight. */
        IN_FLIGHT;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How a taken experiment ended: its final status, except that a run stopped by its time budget (status failed)
     * is counted apart, since it calls for other budgets rather than a bug report.
     */
    public enum Outcome {
        DONE,
        FAILED,
        TIMED_OUT,
        CANCELLED,
        INTERRUPTED;

        public static Outcome of(ExperimentStatus status, boolean timedOut) {
            return timedOut && status == ExperimentStatus.FAILED ? TIMED_OUT : valueOf(status.name());
        }

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    private final Counter submitted;
    private final Counter cached;
    private final Map<Rejection, Counter> rejected = new EnumMap<>(Rejection.class);
    private final Map<Outcome, Counter> finished = new EnumMap<>(Outcome.class);
    private final Map<Outcome, Timer> durations = new EnumMap<>(Outcome.class);
    private final Timer queueWait;

    public LabMetrics(MeterRegistry registry) {
        this.registry = registry;
        submitted = Counter.builder("prunelab.lab.experiments.submitted")
                .description("Experiments taken into the queue to be computed")
                .register(registry);
        cached = Counter.builder("prunelab.lab.experiments.cached")
                .description("Experiments answered from the stored result of the same spec and seed")
                .register(registry);
        for (Rejection reason : Rejection.values()) {
            rejected.put(
                    reason,
                    Counter.builder("prunelab.lab.experiments.rejected")
                            .tag("reason", reason.tag())
                            .description("Experiments refused with 429")
                            .register(registry));
        }
        for (Outcome outcome : Outcome.values()) {
            finished.put(
                    outcome,
                    Counter.builder("prunelab.lab.experiments.finished")
                            .tag("outcome", outcome.tag())
                            .description("Taken experiments that ended, by how")
                            .register(registry));
            durations.put(
                    outcome,
                    Timer.builder("prunelab.lab.experiment.duration")
                            .tag("outcome", outcome.tag())
                            .description("Run time of experiments that reached a worker, from start to end")
                            .register(registry));
        }
        queueWait = Timer.builder("prunelab.lab.queue.wait")
                .description("Time experiments waited in the queue for a worker")
                .register(registry);
    }

    /** Gauges read from the pool itself on every scrape, so they cannot drift from it. */
    void watch(IntSupplier queueDepth, IntSupplier running) {
        Gauge.builder("prunelab.lab.queue.depth", queueDepth::getAsInt)
                .description("Experiments waiting for a worker")
                .register(registry);
        Gauge.builder("prunelab.lab.running", running::getAsInt)
                .description("Experiments running now")
                .register(registry);
    }

    void submitted() {
        submitted.increment();
    }

    void cached() {
        cached.increment();
    }

    void rejected(Rejection reason) {
        rejected.get(reason).increment();
    }

    /** A worker picked up an experiment after it waited this long. */
    void started(Duration waited) {
        queueWait.record(waited);
    }

    /**
     * A taken experiment ended.
     *
     * @param ran how long it ran, or empty when it never reached a worker (cancelled or interrupted in the queue)
     */
    void finished(Outcome outcome, Optional<Duration> ran) {
        finished.get(outcome).increment();
        ran.ifPresent(time -> durations.get(outcome).record(time));
    }
}
