package dev.prunelab.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.PruneLabConfig;
import dev.prunelab.content.ContentService;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.run.ExperimentRunner;
import dev.prunelab.lab.run.RunContext;
import dev.prunelab.lab.run.RunProgress;
import dev.prunelab.lab.run.TransformerCorpus;
import dev.prunelab.lab.spec.ExperimentSpec;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs experiments: a {@link WorkerPool} (bounded, full: {@link LabFullException}), a time budget per experiment on
 * the {@link LabTimer} enforced by cooperative cancellation, live progress for the event streams ({@link Job}), and
 * how each ended in the metrics and the log ({@link JobLog}). On shutdown the experiments this instance
 * ({@link LabInstance}) queued or runs are marked interrupted before the workers stop; the {@link LeftoverSweep} does
 * the same at start-up for rows a crash left behind.
 */
@ApplicationScoped
public class LabJobs {

    private final ExperimentStore store;
    private final ObjectMapper json;
    private final PruneLabConfig.Lab config;
    private final LabInstance instance;
    private final LabTimer timer;
    private final JobLog log;
    private final WorkerPool pool;
    private final ContentService content;
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean stopping;

    public LabJobs(
            ExperimentStore store,
            ObjectMapper json,
            PruneLabConfig config,
            LabMetrics metrics,
            LabInstance instance,
            LabTimer timer,
            ContentService content) {
        this.store = store;
        this.json = json;
        this.config = config.lab();
        this.instance = instance;
        this.timer = timer;
        this.log = new JobLog(metrics);
        this.pool = new WorkerPool(this.config);
        this.content = content;
        metrics.watch(pool::queued, running::get);
    }

    void onStart(@Observes StartupEvent event) {
        Log.infof("Lab: %d workers, queue of %d, instance %s", pool.threads(), config.queueCapacity(), instance.name());
    }

    /** Stops cleanly: nothing queued or running here is lost without its row saying so. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
        int interrupted = store.interruptRunBy(
                instance.name(), "The server stopped while this experiment was waiting or running. Run it again.");
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
     * Claims room in the pool for one experiment, before anything is written for it: a full lab then turns a burst of
     * submissions away without a database write each. Hand the claim to {@link #submit}, or give it back with
     * {@link #release()}.
     *
     * @throws LabFullException when every worker is busy and the queue is full
     */
    public void reserve() {
        pool.reserve();
    }

    /** Gives back a claim that {@link #submit} will not use. */
    public void release() {
        pool.release();
    }

    /**
     * Queues an experiment whose row exists with status queued, on a claim from {@link #reserve()} (kept until the
     * experiment leaves the pool).
     *
     * @param learnerId whose it is, for the turns the queue takes across learners
     */
    public void submit(long id, long learnerId, ExperimentSpec spec) {
        Job job = new Job(id, learnerId, spec, this::execute);
        jobs.put(id, job);
        pool.execute(job);
    }

    /**
     * Asks a queued or running experiment to stop, without waiting. A queued one leaves the queue and is cancelled at
     * once; a running one is "cancelling" until the engine's next check (between mini-batches, evaluation batches
     * and timed passes).
     *
     * @return whether the experiment was in the pool
     */
    public boolean cancel(long id) {
        Job job = jobs.get(id);
        if (job == null) {
            return false;
        }
        job.cancellation.cancel();
        if (pool.remove(job)) {
            finish(job, ExperimentStatus.CANCELLED, "Cancelled before it started.");
        } else {
            job.publish(job.latest()); // listeners hear "cancelling" now, not at the next progress report
        }
        return true;
    }

    /** Whether the experiment runs here with a cancel asked for and not yet answered by the run. */
    public boolean cancelling(long id) {
        Job job = jobs.get(id);
        return job != null && job.cancelling();
    }

    /** The latest event of an experiment in the pool. */
    public Optional<ExperimentEvent> latest(long id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::latest);
    }

    /**
     * The experiment's events from now on: the latest one at once, then progress, then the final event. Empty when
     * the experiment is not in the pool (it has finished: its row says how).
     */
    public Optional<Multi<ExperimentEvent>> events(long id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::events);
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
        log.started(job);
        running.incrementAndGet();
        try {
            run(job);
        } finally {
            running.decrementAndGet();
        }
    }

    private void run(Job job) {
        store.markRunning(job.id);
        job.publish(
                new ExperimentEvent(job.id, ExperimentStatus.RUNNING.label(), RunProgress.starting("Starting"), null));
        int budgetSeconds =
                job.spec.isTransformer() ? config.transformerTimeBudgetSeconds() : config.timeBudgetSeconds();
        ScheduledFuture<?> budget = timer.budget(job, Duration.ofSeconds(budgetSeconds));
        try {
            RunContext context = new RunContext(
                    job.cancellation,
                    progress ->
                            job.publish(new ExperimentEvent(job.id, ExperimentStatus.RUNNING.label(), progress, null)));
            ExperimentResult result =
                    ExperimentRunner.run(job.spec, context, () -> TransformerCorpus.of(content.catalog()));
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
            store.finish(job.id, status, error);
        }
        log.finished(job, LabMetrics.Outcome.of(status, job.timedOut));
        if (jobs.remove(job.id) != null) {
            pool.release();
        }
        job.publish(new ExperimentEvent(job.id, status.label(), job.latest().progress(), error));
        job.complete();
    }
}
