package dev.prunelab.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.PruneLabConfig;
import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.run.ExperimentRunner;
import dev.prunelab.lab.run.RunContext;
import dev.prunelab.lab.run.RunProgress;
import dev.prunelab.lab.spec.ExperimentSpec;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs experiments: a fixed pool of worker threads behind a bounded queue (full: {@link LabFullException}), a time
 * budget per experiment enforced by cooperative cancellation, and live progress for the event streams. Several app
 * instances may share the database, so each names itself in the rows it runs ({@link #instance()}): on shutdown its
 * queued and running experiments are marked interrupted before the workers stop; on start-up so are the rows its
 * previous run left unfinished, and any instance's rows older than a live instance would keep them.
 */
@ApplicationScoped
public class LabJobs {

    /** How much longer than the time budget a row may take to say how its run ended. */
    private static final Duration ORPHAN_MARGIN = Duration.ofSeconds(60);
    /** How long after start-up the sweep for experiments a crash left unfinished runs (off the start-up path). */
    private static final Duration LEFTOVER_SWEEP_DELAY = Duration.ofSeconds(2);

    /** An experiment on its way through the pool. */
    private final class Job implements Runnable {
        final long id;
        final ExperimentSpec spec;
        final Cancellation cancellation = new Cancellation();
        final List<MultiEmitter<? super ExperimentEvent>> listeners = new CopyOnWriteArrayList<>();
        final long queuedAt = System.nanoTime();
        volatile long startedAt; // 0 until a worker picks it up
        volatile ExperimentEvent latest;
        volatile boolean timedOut;

        Job(long id, ExperimentSpec spec) {
            this.id = id;
            this.spec = spec;
            this.latest = new ExperimentEvent(
                    id, ExperimentStatus.QUEUED.label(), RunProgress.starting("Waiting for a worker"), null);
        }

        @Override
        public void run() {
            execute(this);
        }
    }

    private final ExperimentStore store;
    private final ObjectMapper json;
    private final PruneLabConfig.Lab config;
    private final LabMetrics metrics;
    private final ThreadPoolExecutor workers;
    /** Room in the pool: a permit per worker and per queue place, held from {@link #reserve()} until the job leaves. */
    private final Semaphore room;

    private final ScheduledExecutorService timers;
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();
    private final String instance;
    private volatile boolean stopping;

    public LabJobs(
            ExperimentStore store,
            ObjectMapper json,
            PruneLabConfig config,
            LabMetrics metrics,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this.store = store;
        this.json = json;
        this.config = config.lab();
        this.metrics = metrics;
        this.instance = this.config.instance().orElseGet(() -> hostName() + ":" + port);
        int threads = this.config.workers() > 0
                ? this.config.workers()
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        int queue = Math.max(1, this.config.queueCapacity());
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), r -> {
                    // HTTP threads first: the worker lowers its own CPU priority before it takes any experiment
                    Thread t = new Thread(
                            WorkerPriority.lowered(r, this.config.workerNice()),
                            "lab-worker-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.room = new Semaphore(threads + queue);
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lab-budget");
            t.setDaemon(true);
            return t;
        });
        metrics.watch(() -> workers.getQueue().size(), running::get);
    }

    void onStart(@Observes StartupEvent event) {
        interruptLeftovers(Instant.now(), LEFTOVER_SWEEP_DELAY);
        Log.infof(
                "Lab: %d workers, queue of %d, instance %s",
                workers.getCorePoolSize(), config.queueCapacity(), instance);
    }

    /**
     * Marks interrupted the experiments created before {@code startedAt} that nobody works on any more: those a crash
     * of this instance left queued or running, and any instance's older than a live instance would keep them (a live
     * instance stops a run at the time budget, and a queued experiment waits at most one budget per round of the queue;
     * beyond that, plus a margin for a slow database, the row is an orphan). Runs on the lab's timer thread after
     * {@code delay}, off the start-up path (its first query costs Hibernate's query parser a cold start, CPU that
     * start-up needs on a small machine); the date keeps it away from experiments submitted since.
     *
     * @return how many were marked, once done
     */
    Future<Integer> interruptLeftovers(Instant startedAt, Duration delay) {
        Duration budget = Duration.ofSeconds(config.timeBudgetSeconds()).plus(ORPHAN_MARGIN);
        int queueRounds = (config.queueCapacity() + workers.getCorePoolSize() - 1) / workers.getCorePoolSize() + 1;
        return timers.schedule(
                () -> {
                    try {
                        int interrupted = store.interruptOrphans(
                                instance,
                                startedAt,
                                startedAt.minus(budget),
                                startedAt.minus(budget.multipliedBy(queueRounds)),
                                "The server restarted while this experiment was waiting or running. Run it again.");
                        if (interrupted > 0) {
                            Log.infof(
                                    "Lab: %d experiments left unfinished by the last run are marked interrupted",
                                    interrupted);
                        }
                        return interrupted;
                    } catch (RuntimeException e) {
                        Log.error("Lab: could not mark the experiments left unfinished by the last run", e);
                        throw e;
                    }
                },
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops cleanly: nothing queued or running here is lost without its row saying so. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
        int interrupted = store.interruptRunBy(
                instance, "The server stopped while this experiment was waiting or running. Run it again.");
        jobs.values().forEach(job -> {
            job.cancellation.cancel();
            report(job, LabMetrics.Outcome.INTERRUPTED);
        });
        workers.shutdownNow();
        timers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Log.infof("Lab stopped: %d experiments marked interrupted", interrupted);
    }

    /** This app instance's name in the experiment rows it runs: configured, or the host name and HTTP port. */
    public String instance() {
        return instance;
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /**
     * Claims room in the pool for one experiment, before anything is written for it: a full lab then turns a burst of
     * submissions away without a database write each. Hand the claim to {@link #submit}, or give it back with
     * {@link #release()}.
     *
     * @throws LabFullException when every worker is busy and the queue is full
     */
    public void reserve() {
        if (!room.tryAcquire()) {
            throw full();
        }
    }

    /** Gives back a claim that {@link #submit} will not use. */
    public void release() {
        room.release();
    }

    /**
     * Queues an experiment whose row exists with status queued, on a claim from {@link #reserve()} (kept until the
     * experiment leaves the pool).
     *
     * @throws LabFullException when the queue is full nevertheless (a worker that just finished had not yet taken the
     *                          next experiment from it); the claim is given back
     */
    public void submit(long id, ExperimentSpec spec) {
        Job job = new Job(id, spec);
        jobs.put(id, job);
        try {
            workers.execute(job);
        } catch (RejectedExecutionException e) {
            jobs.remove(id);
            room.release();
            throw full();
        }
    }

    private LabFullException full() {
        return new LabFullException(
                "The lab is busy: " + config.queueCapacity()
                        + " experiments are waiting already. Try again in a little while.",
                retryAfterSeconds());
    }

    /** A guess at when a queue slot frees up: the time budget shared by the workers, at least a few seconds. */
    private long retryAfterSeconds() {
        return Math.max(5, config.timeBudgetSeconds() / Math.max(1, workers.getCorePoolSize()) / 4);
    }

    /**
     * Asks a queued or running experiment to stop. A queued one leaves the queue at once; a running one stops at the
     * engine's next check (between mini-batches).
     *
     * @return whether the experiment was in the pool
     */
    public boolean cancel(long id) {
        Job job = jobs.get(id);
        if (job == null) {
            return false;
        }
        job.cancellation.cancel();
        if (workers.remove(job)) {
            finish(job, ExperimentStatus.CANCELLED, "Cancelled before it started.");
        }
        return true;
    }

    /** The latest event of an experiment in the pool. */
    public Optional<ExperimentEvent> latest(long id) {
        return Optional.ofNullable(jobs.get(id)).map(job -> job.latest);
    }

    /**
     * The experiment's events from now on: the latest one at once, then progress, then the final event. Empty when
     * the experiment is not in the pool (it has finished: its row says how).
     */
    public Optional<Multi<ExperimentEvent>> events(long id) {
        Job job = jobs.get(id);
        if (job == null) {
            return Optional.empty();
        }
        return Optional.of(Multi.createFrom().emitter(emitter -> {
            job.listeners.add(emitter);
            emitter.onTermination(() -> job.listeners.remove(emitter));
            ExperimentEvent latest = job.latest;
            emitter.emit(latest);
            if (latest.isFinal()) {
                emitter.complete();
            }
        }));
    }

    private void execute(Job job) {
        if (stopping) {
            return;
        }
        if (job.cancellation.isCancelled()) { // cancelled just as this worker took it from the queue
            finish(job, ExperimentStatus.CANCELLED, "Cancelled before it started.");
            return;
        }
        job.startedAt = System.nanoTime();
        metrics.started(Duration.ofNanos(job.startedAt - job.queuedAt));
        running.incrementAndGet();
        try {
            run(job);
        } finally {
            running.decrementAndGet();
        }
    }

    private void run(Job job) {
        store.markRunning(job.id);
        publish(
                job,
                new ExperimentEvent(job.id, ExperimentStatus.RUNNING.label(), RunProgress.starting("Starting"), null));
        ScheduledFuture<?> budget = timers.schedule(
                () -> {
                    job.timedOut = true;
                    job.cancellation.cancel();
                },
                config.timeBudgetSeconds(),
                TimeUnit.SECONDS);
        try {
            RunContext context = new RunContext(
                    job.cancellation,
                    progress -> publish(
                            job, new ExperimentEvent(job.id, ExperimentStatus.RUNNING.label(), progress, null)));
            ExperimentResult result = ExperimentRunner.run(job.spec, context);
            store.complete(
                    job.id,
                    json.writeValueAsString(result),
                    (System.nanoTime() - job.startedAt) / 1_000_000,
                    result.score());
            finish(job, ExperimentStatus.DONE, null);
        } catch (CancellationException e) {
            if (job.timedOut) {
                finish(
                        job,
                        ExperimentStatus.FAILED,
                        "Stopped after the time budget of " + config.timeBudgetSeconds()
                                + " s. Use fewer epochs, sparsities or rows.");
            } else if (!stopping) {
                finish(job, ExperimentStatus.CANCELLED, "Cancelled while running.");
            }
        } catch (Exception e) {
            Log.errorf(e, "Lab: experiment %d failed", job.id);
            finish(job, ExperimentStatus.FAILED, "The experiment failed: " + e.getMessage());
        } finally {
            budget.cancel(false);
        }
    }

    private void finish(Job job, ExperimentStatus status, String error) {
        if (status != ExperimentStatus.DONE) {
            store.finish(job.id, status, error);
        }
        report(job, LabMetrics.Outcome.of(status, job.timedOut));
        if (jobs.remove(job.id) != null) {
            room.release();
        }
        publish(job, new ExperimentEvent(job.id, status.label(), job.latest.progress(), error));
        job.listeners.forEach(MultiEmitter::complete);
    }

    /** Counts how the experiment ended and logs it with its id, outcome and times as structured (MDC) fields. */
    private void report(Job job, LabMetrics.Outcome outcome) {
        long now = System.nanoTime();
        Optional<Duration> ran =
                job.startedAt == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(now - job.startedAt));
        long queuedMillis = ((job.startedAt == 0 ? now : job.startedAt) - job.queuedAt) / 1_000_000;
        metrics.finished(outcome, ran);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("experimentId", job.id);
        fields.put("preset", job.spec.preset() == null ? "custom" : job.spec.preset());
        fields.put("outcome", outcome.tag());
        fields.put("queuedMs", queuedMillis);
        ran.ifPresent(time -> fields.put("durationMs", time.toMillis()));
        fields.forEach(MDC::put);
        try {
            boolean expected = outcome == LabMetrics.Outcome.DONE || outcome == LabMetrics.Outcome.CANCELLED;
            Log.logf(
                    expected ? Logger.Level.INFO : Logger.Level.WARN,
                    "Lab: experiment %d %s after %d ms in the queue%s",
                    job.id,
                    outcome.tag(),
                    queuedMillis,
                    ran.map(time -> " and " + time.toMillis() + " ms running").orElse(""));
        } finally {
            fields.keySet().forEach(MDC::remove);
        }
    }

    private void publish(Job job, ExperimentEvent event) {
        job.latest = event;
        job.listeners.forEach(listener -> listener.emit(event));
    }
}
