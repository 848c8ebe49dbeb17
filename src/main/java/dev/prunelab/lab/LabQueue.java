package dev.prunelab.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The lab's queue is the experiment table, shared by every instance on the database. A queued row waits for any
 * instance's worker, which claims it with {@code SELECT … FOR UPDATE SKIP LOCKED} (two instances never claim one row;
 * H2 accepts the same statement for its single instance) and marks it running under its name. The claim is fair: the
 * oldest queued row of the learner with the fewest rows running anywhere. While it runs, its instance renews its
 * heartbeat and reads its cancel flag, which a cancel through any instance sets; a row whose heartbeat went stale
 * (its instance was killed) goes back to the queue for another, or is marked interrupted after {@value #ATTEMPTS}
 * attempts, so an experiment that kills its instance cannot take the next one down too.
 */
@ApplicationScoped
@Transactional
public class LabQueue {

    /** Runs an experiment may start before a stale heartbeat marks it interrupted rather than queued again. */
    static final int ATTEMPTS = 2;

    private static final String CLAIM = """
            SELECT e.id FROM experiment e WHERE e.status = 'QUEUED'
            ORDER BY (SELECT COUNT(*) FROM experiment r WHERE r.learner_id = e.learner_id AND r.status = 'RUNNING'),
                     e.created_at, e.id
            FETCH FIRST 1 ROWS ONLY
            FOR UPDATE SKIP LOCKED""";

    /** A claimed row: what a worker needs to run it. */
    record Claim(long id, long learnerId, String spec, Instant createdAt) {}

    /** Claims the next queued experiment for the runner, or empty when none waits. */
    public Optional<Claim> claim(String runner) {
        List<?> ids = Experiment.getEntityManager().createNativeQuery(CLAIM).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ((Number) ids.get(0)).longValue();
        Instant now = Instant.now();
        Experiment.update(
                "status = ?1, runner = ?2, startedAt = ?3, heartbeatAt = ?3, attempts = attempts + 1"
                        + " where id = ?4 and status = ?5",
                ExperimentStatus.RUNNING,
                runner,
                now,
                id,
                ExperimentStatus.QUEUED);
        Experiment row = Experiment.findById(id);
        return Optional.of(new Claim(id, row.learnerId, row.spec, row.createdAt));
    }

    /** How many experiments wait, on every instance (in a transaction: the heartbeat calls it outside any request). */
    public long waiting() {
        return Experiment.count("status", ExperimentStatus.QUEUED);
    }

    /**
     * Cancels a queued experiment there and then.
     *
     * @return false when it is not waiting (running somewhere, or finished)
     */
    public boolean cancelWaiting(long id) {
        return Experiment.update(
                        "status = ?1, error = ?2, finishedAt = ?3 where id = ?4 and status = ?5",
                        ExperimentStatus.CANCELLED,
                        "Cancelled before it started.",
                        Instant.now(),
                        id,
                        ExperimentStatus.QUEUED)
                == 1;
    }

    /** Asks the instance running the experiment to stop it: it reads the flag with its next heartbeat. */
    public void requestCancel(long id) {
        Experiment.update("cancelRequested = true where id = ?1 and status = ?2", id, ExperimentStatus.RUNNING);
    }

    /**
     * Renews the heartbeat of the runner's experiments.
     *
     * @return those of them it should stop: a cancel was asked for, or the row is no longer running under its name
     *     (it was taken over while this instance stalled, or ended elsewhere)
     */
    public List<Long> heartbeat(String runner, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Experiment.update(
                "heartbeatAt = ?1 where id in ?2 and runner = ?3 and status = ?4",
                Instant.now(),
                ids,
                runner,
                ExperimentStatus.RUNNING);
        List<Long> keep = Experiment.<Experiment>list(
                        "id in ?1 and runner = ?2 and status = ?3 and cancelRequested = false",
                        ids,
                        runner,
                        ExperimentStatus.RUNNING)
                .stream()
                .map(e -> e.id)
                .toList();
        return ids.stream().filter(id -> !keep.contains(id)).toList();
    }

    /**
     * Takes over the running experiments whose instance stopped renewing their heartbeat before {@code staleBefore},
     * or that carry this instance's name from before it started (it crashed): back to the queue, or, after
     * {@value #ATTEMPTS} attempts or with a cancel asked for, ended.
     *
     * @return how many rows were taken over
     */
    public int takeOver(Instant staleBefore, String restartedRunner, Instant startedAt) {
        String stale = "status = ?1 and (coalesce(heartbeatAt, startedAt) < ?2 or (runner = ?3 and startedAt < ?4))";
        Instant now = Instant.now();
        int cancelled = Experiment.update(
                "status = ?5, error = ?6, finishedAt = ?7 where " + stale + " and cancelRequested = true",
                ExperimentStatus.RUNNING,
                staleBefore,
                restartedRunner,
                startedAt,
                ExperimentStatus.CANCELLED,
                "Cancelled.",
                now);
        int interrupted = Experiment.update(
                "status = ?5, error = ?6, finishedAt = ?7 where " + stale + " and attempts >= ?8",
                ExperimentStatus.RUNNING,
                staleBefore,
                restartedRunner,
                startedAt,
                ExperimentStatus.INTERRUPTED,
                "The server running this experiment stopped " + ATTEMPTS + " times while it ran. Run it again.",
                now,
                ATTEMPTS);
        int requeued = Experiment.update(
                "status = ?5, runner = null, startedAt = null, heartbeatAt = null where " + stale,
                ExperimentStatus.RUNNING,
                staleBefore,
                restartedRunner,
                startedAt,
                ExperimentStatus.QUEUED);
        return cancelled + interrupted + requeued;
    }
}
