package dev.prunelab.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.PruneLabConfig;
import dev.prunelab.content.ContentService;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.run.ExperimentRunner;
import dev.prunelab.lab.run.RunContext;
import dev.prunelab.lab.run.RunProgress;
import dev.prunelab.lab.run.TransformerCorpus;
import dev.prunelab.lab.spec.ExperimentRequest;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.Presets;
import dev.prunelab.lab.spec.SpecResolver;
import dev.prunelab.lab.spec.SpecRules;
import dev.prunelab.web.ClusterEvents;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs experiments from the shared queue ({@link LabQueue}): this instance's {@link WorkerPool} claims queued rows,
 * each run has a time budget on the {@link LabTimer} enforced by cooperative cancellation, live progress goes to the
 * event streams ({@link Job}), and how each ended to the metrics and the log ({@link JobLog}). Every second the
 * instance ({@link LabInstance}) renews the heartbeat of what it runs and stops what was cancelled elsewhere; every
 * few seconds it takes over the rows of instances that stopped beating. Every event also goes to the pages of other
 * instances through {@link ClusterEvents}. On shutdown what it runs is marked interrupted before the workers stop.
 */
@ApplicationScoped
public class LabJobs {

    /** How often the heartbeat is renewed and cancel flags are read: the longest a cancel elsewhere waits. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /** Heartbeats between two looks for rows to take over. */
    private static final int TAKEOVER_EVERY = 5;
    /** The {@link ClusterEvents} channel of every experiment event, as JSON. */
    static final String EVENTS = "prunelab_lab";
    /** A running experiment reports progress several times a second; this long without any, its stream ends. */
    private static final Duration SILENCE = Duration.ofSeconds(20);

    private final ExperimentStore store;
    private final LabQueue queue;
    private final ObjectMapper json;
    private final PruneLabConfig.Lab config;
    private final LabInstance instance;
    private final LabTimer timer;
    private final JobLog log;
    private final WorkerPool pool;
    private final ContentService content;
    private final ClusterEvents cluster;
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong beats = new AtomicLong();
    private final Instant startedAt = Instant.now();
    private volatile boolean stopping;
    private ScheduledFuture<?> heartbeat;

    public LabJobs(
            ExperimentStore store,
            LabQueue queue,
            ObjectMapper json,
            PruneLabConfig config,
            LabMetrics metrics,
            LabInstance instance,
            LabTimer timer,
            ContentService content,
            ClusterEvents cluster) {
        this.store = store;
        this.queue = queue;
        this.json = json;
        this.config = config.lab();
        this.instance = instance;
        this.timer = timer;
        this.log = new JobLog(metrics);
        this.pool = new WorkerPool(WorkerPool.threads(this.config), this.config.workerNice(), this::claim);
        this.content = content;
        this.cluster = cluster;
        metrics.watch(() -> (int) waiting.get(), running::get);
    }

    void onStart(@Observes StartupEvent event) {
        pool.start();
        heartbeat = timer.every(HEARTBEAT, this::beat);
        Log.infof("Lab: %d workers, queue of %d, instance %s", pool.threads(), config.queueCapacity(), instance.name());
    }

    /** Stops cleanly: nothing running here is lost without its row saying so; queued rows wait for any instance. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        int interrupted = store.interruptRunBy(
                instance.name(), "The server stopped while this experiment was running. Run it again.");
        jobs.values().forEach(job -> {
            job.cancellation.cancel();
            log.finished(job, LabMetrics.Outcome.INTERRUPTED);
        });
        pool.shutdown();
        Log.infof("Lab stopped: %d experiments marked interrupted", interrupted);
    }

    /** This app instance's name in the experiment rows it runs. */
    public String instance() {
        return instance.name();
    }

    /**
     * Checks there is room in the shared queue, before anything is written: a full lab then turns a burst of
     * submissions away without a database write each.
     *
     * @throws LabFullException when as many experiments wait as the queue holds
     */
    public void reserve() {
        waiting.set(queue.waiting());
        if (waiting.get() >= config.queueCapacity()) {
            throw new LabFullException(
                    "The lab is busy: " + config.queueCapacity()
                            + " experiments are waiting already. Try again in a little while.",
                    // a guess at when a place frees up: the time budget shared by the workers, a quarter
                    Math.max(5, config.timeBudgetSeconds() / pool.threads() / 4));
        }
    }

    /** A queued row was written: wakes an idle worker here (other instances find it at their next look). */
    public void queued() {
        waiting.incrementAndGet();
        pool.wake();
    }

    /**
     * Asks an experiment to stop, wherever it is, without waiting: a queued one is cancelled there and then; a running
     * one is flagged (shown as "cancelling") and stops at its run's next check, here at once, on another instance
     * when it reads the flag with its next heartbeat.
     */
    public void cancel(long id) {
        if (queue.cancelWaiting(id)) {
            waiting.updateAndGet(n -> Math.max(0, n - 1));
            log.cancelledWaiting(id);
            return;
        }
        queue.requestCancel(id);
        Optional.ofNullable(jobs.get(id)).ifPresent(this::stop);
    }

    /** The latest event of an experiment running here. */
    public Optional<ExperimentEvent> latest(long id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::latest);
    }

    /**
     * The events of an experiment running here from now on: the latest one at once, then progress, then the final
     * event. Empty when it does not run here (its row says where it is).
     */
    public Optional<Multi<ExperimentEvent>> events(long id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::events);
    }

    private void stop(Job job) {
        if (!job.latest().isFinal()) {
            job.cancellation.cancel();
            publish(job, job.latest()); // listeners hear "cancelling" now, not at the next progress report
        }
    }

    /** Sends the event to the job's listeners here and, through {@link ClusterEvents}, to pages on other instances. */
    private void publish(Job job, ExperimentEvent event) {
        ExperimentEvent shown = job.publish(event);
        try {
            cluster.publish(EVENTS, json.writeValueAsString(shown));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an experiment event does not write as JSON", e);
        }
    }

    /**
     * The events of an experiment running on another instance, as that instance publishes them: {@code now} at once,
     * then each one until the final one. The stream also ends after {@link #SILENCE} without one (the instance may have
     * died), and the page asks again.
     */
    public Multi<ExperimentEvent> elsewhere(long id, ExperimentEvent now) {
        Multi<ExperimentEvent> published = cluster.stream(EVENTS)
                .map(this::readEvent)
                .filter(event -> event.id() == id)
                .ifNoItem()
                .after(SILENCE)
                .recoverWithCompletion();
        return Multi.createFrom().emitter(emitter -> {
            emitter.emit(now);
            Cancellable subscription = published
                    .subscribe()
                    .with(
                            event -> {
                                emitter.emit(event);
                                if (event.isFinal()) {
                                    emitter.complete();
                                }
                            },
                            emitter::fail,
                            emitter::complete);
            emitter.onTermination(subscription::cancel);
        });
    }

    private ExperimentEvent readEvent(String text) {
        try {
            return json.readValue(text, ExperimentEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not an experiment event: " + text, e);
        }
    }

    /** The next experiment for a worker here, claimed from the shared queue; empty when none waits. */
    private Optional<Job> claim() {
        if (stopping) {
            return Optional.empty();
        }
        Optional<LabQueue.Claim> claimed;
        synchronized (queue) { // one claim at a time here, so H2's single instance needs no row-level skipping
            claimed = queue.claim(instance.name());
        }
        claimed.ifPresent(c -> waiting.updateAndGet(n -> Math.max(0, n - 1)));
        return claimed.flatMap(this::job);
    }

    private Optional<Job> job(LabQueue.Claim claim) {
        ExperimentSpec spec;
        try {
            ExperimentRequest request = json.readValue(claim.spec(), ExperimentRequest.class);
            spec = SpecResolver.resolve(request, Presets.of(content.catalog()), SpecRules.Budget.UNLIMITED)
                    .orThrow();
        } catch (Exception e) {
            store.finishRun(
                    claim.id(),
                    instance.name(),
                    ExperimentStatus.FAILED,
                    "Its settings no longer apply: " + e.getMessage());
            return Optional.empty();
        }
        long waitedNanos = Duration.between(claim.createdAt(), Instant.now()).toNanos();
        Job job = new Job(claim.id(), claim.learnerId(), spec, System.nanoTime() - waitedNanos, this::execute);
        jobs.put(job.id, job);
        return Optional.of(job);
    }

    /** Renews the heartbeat of what runs here, stops what was cancelled elsewhere, and now and then takes over. */
    private void beat() {
        try {
            List<Long> stopped = queue.heartbeat(instance.name(), List.copyOf(jobs.keySet()));
            stopped.forEach(id -> Optional.ofNullable(jobs.get(id)).ifPresent(this::stop));
            if (beats.incrementAndGet() % TAKEOVER_EVERY == 1) {
                int taken = queue.takeOver(
                        Instant.now().minusSeconds(config.takeoverSeconds()), instance.name(), startedAt);
                if (taken > 0) {
                    Log.infof("Lab: took over %d experiments whose instance stopped", taken);
                    pool.wake();
                }
            }
            waiting.set(queue.waiting());
        } catch (RuntimeException e) {
            Log.warn("Lab: heartbeat failed; trying again in a second", e);
        }
    }

    private void execute(Job job) {
        if (stopping) {
            return;
        }
        if (job.cancellation.isCancelled()) { // cancelled just as this worker claimed it
            finish(job, ExperimentStatus.CANCELLED, "Cancelled before it started.");
            return;
        }
        job.startedAt = System.nanoTime();
        log.started(job);
        running.incrementAndGet();
        try {
            run(job);
        } finally {
            running.decrementAndGet();
        }
    }

    private void run(Job job) {
        publish(
                job,
                new ExperimentEvent(job.id, ExperimentStatus.RUNNING.label(), RunProgress.starting("Starting"), null));
        int budgetSeconds =
                job.spec.isTransformer() ? config.transformerTimeBudgetSeconds() : config.timeBudgetSeconds();
        ScheduledFuture<?> budget = timer.budget(job, Duration.ofSeconds(budgetSeconds));
        try {
            RunContext context = new RunContext(
                    job.cancellation,
                    progress -> publish(
                            job, new ExperimentEvent(job.id, ExperimentStatus.RUNNING.label(), progress, null)));
            ExperimentResult result =
                    ExperimentRunner.run(job.spec, context, () -> TransformerCorpus.of(content.catalog()));
            store.complete(
                    job.id,
                    instance.name(),
                    json.writeValueAsString(result),
                    (System.nanoTime() - job.startedAt) / 1_000_000,
                    result.score());
            finish(job, ExperimentStatus.DONE, null);
        } catch (CancellationException e) {
            if (job.timedOut) {
                finish(
                        job,
                        ExperimentStatus.FAILED,
                        "Stopped after the time budget of " + budgetSeconds
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
            store.finishRun(job.id, instance.name(), status, error);
        }
        log.finished(job, LabMetrics.Outcome.of(status, job.timedOut));
        jobs.remove(job.id);
        publish(job, new ExperimentEvent(job.id, status.label(), job.latest().progress(), error));
        job.complete();
    }
}
