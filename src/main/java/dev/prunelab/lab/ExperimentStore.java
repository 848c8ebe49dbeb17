package dev.prunelab.lab;

import dev.prunelab.progress.ProgressEvent;
import dev.prunelab.progress.ProgressService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
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

    public void persist(Experiment experiment) {
        experiment.persist();
    }

    /** Removes a row the queue would not take. */
    public void delete(long id) {
        Experiment.deleteById(id);
    }

    /**
     * Stores the result of the runner's run; also over "interrupted", since a result that made it is better than none,
     * but not over "cancelled" (a cancel that came as the run ended), nor once another instance has taken the row
     * over (this one had stalled past the takeover time).
     */
    public void complete(long id, String runner, String resultJson, long millis, double score) {
        Experiment experiment = Experiment.findById(id);
        if (experiment == null
                || experiment.status == ExperimentStatus.CANCELLED
                || !runner.equals(experiment.runner)) {
            return; // its learner was deleted meanwhile, cancelled it, or another instance runs it now
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

    /** Ends the runner's unfinished run with a final status and the reason (not once another instance took it). */
    public void finishRun(long id, String runner, ExperimentStatus status, String error) {
        Experiment.update(
                "status = ?1, error = ?2, finishedAt = ?3 where id = ?4 and runner = ?5 and status in ?6",
                status,
                error,
                Instant.now(),
                id,
                runner,
                List.of(ExperimentStatus.QUEUED, ExperimentStatus.RUNNING));
    }

    /** Marks the experiments this instance runs interrupted (it is stopping). */
    public int interruptRunBy(String runner, String reason) {
        return Experiment.update(
                "status = ?1, error = ?2, finishedAt = ?3 where status = ?4 and runner = ?5",
                ExperimentStatus.INTERRUPTED,
                reason,
                Instant.now(),
                ExperimentStatus.RUNNING,
                runner);
    }
}
