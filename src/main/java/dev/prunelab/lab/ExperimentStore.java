package dev.prunelab.lab;

import dev.prunelab.progress.ProgressEvent;
import dev.prunelab.progress.ProgressService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The status changes the workers make, each in its own transaction so it is committed before anyone is told
 * (an event streamed, a page shown). A completed experiment is also recorded in the learner's progress.
 */
@ApplicationScoped
@Transactional
public class ExperimentStore {

    private final ProgressService progress;

    public ExperimentStore(ProgressService progress) {
        this.progress = progress;
    }

    public void markRunning(long id) {
        Experiment.update(
                "status = ?1, startedAt = ?2 where id = ?3 and status = ?4",
                ExperimentStatus.RUNNING,
                Instant.now(),
                id,
                ExperimentStatus.QUEUED);
    }

    public void persist(Experiment experiment) {
        experiment.persist();
    }

    /** Removes a row the queue would not take. */
    public void delete(long id) {
        Experiment.deleteById(id);
    }

    /**
     * Stores the result; also over "interrupted", since a result that made it is better than none, but not over
     * "cancelled": the learner may have cancelled it through another instance, which cannot stop this one's run.
     */
    public void complete(long id, String resultJson, long millis, double score) {
        Experiment experiment = Experiment.findById(id);
        if (experiment == null || experiment.status == ExperimentStatus.CANCELLED) {
            return; // its learner was deleted meanwhile, or cancelled it
        }
        experiment.status = ExperimentStatus.DONE;
        experiment.result = resultJson;
        experiment.runMillis = millis;
        experiment.error = null;
        experiment.finishedAt = Instant.now();
        recordProgress(experiment, score);
    }

    /** A copy of an earlier identical run's result for this learner, computed by nobody. */
    public Experiment storeCached(Experiment fresh, Experiment done, double score) {
        fresh.status = ExperimentStatus.DONE;
        fresh.cached = true;
        fresh.result = done.result;
        fresh.runMillis = 0L;
        fresh.startedAt = fresh.createdAt;
        fresh.finishedAt = fresh.createdAt;
        fresh.persist();
        recordProgress(fresh, score);
        return fresh;
    }

    private void recordProgress(Experiment experiment, double score) {
        progress.recordFor(
                experiment.learnerId,
                ProgressEvent.Kind.EXPERIMENT,
                experiment.preset == null ? "custom" : experiment.preset,
                null,
                score,
                "{\"experiment\":" + experiment.id + ",\"cached\":" + experiment.cached + "}");
    }

    /** Ends an unfinished experiment with a final status and the reason. */
    public void finish(long id, ExperimentStatus status, String error) {
        Experiment.update(
                "status = ?1, error = ?2, finishedAt = ?3 where id = ?4 and status in ?5",
                status,
                error,
                Instant.now(),
                id,
                List.of(ExperimentStatus.QUEUED, ExperimentStatus.RUNNING));
    }

    /** Marks this instance's queued and running experiments interrupted (it is stopping). */
    public int interruptRunBy(String runner, String reason) {
        return interrupt(reason, "runner = ?5", runner);
    }

    /**
     * Marks interrupted the queued and running experiments nobody works on any more (start-up after a crash): of those
     * created before this instance started ({@code createdBefore}), the ones of its previous run, those without a
     * runner, and any instance's that are older than a live instance keeps them (running since before
     * {@code startedBefore}, or waiting since before {@code queuedBefore}).
     */
    public int interruptOrphans(
            String runner, Instant createdBefore, Instant startedBefore, Instant queuedBefore, String reason) {
        return interrupt(
                reason,
                "createdAt < ?10 and (runner = ?5 or runner is null or (status = ?6 and startedAt < ?7)"
                        + " or (status = ?8 and createdAt < ?9))",
                runner,
                ExperimentStatus.RUNNING,
                startedBefore,
                ExperimentStatus.QUEUED,
                queuedBefore,
                createdBefore);
    }

    /** Marks the unfinished experiments matching {@code condition} (parameters from ?5 on) interrupted. */
    private static int interrupt(String reason, String condition, Object... parameters) {
        List<Object> all = new ArrayList<>(List.of(
                ExperimentStatus.INTERRUPTED,
                reason,
                Instant.now(),
                List.of(ExperimentStatus.QUEUED, ExperimentStatus.RUNNING)));
        all.addAll(List.of(parameters));
        return Experiment.update(
                "status = ?1, error = ?2, finishedAt = ?3 where status in ?4 and " + condition, all.toArray());
    }
}
