package dev.prunelab.lab;

import dev.prunelab.PruneLabConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;

/**
 * At start-up, marks interrupted the experiments nobody works on any more: those a crash of this instance left queued
 * or running, and any instance's older than a live instance would keep them. A live instance stops a run at the time
 * budget, and a queued experiment waits at most one budget per round of the queue; beyond that, plus a margin for a
 * slow database, the row is an orphan.
 */
@ApplicationScoped
public class LeftoverSweep {

    /** How much longer than the time budget a row may take to say how its run ended. */
    private static final Duration ORPHAN_MARGIN = Duration.ofSeconds(60);
    /**
     * The sweep waits this long after start-up: its first query costs Hibernate's query parser a cold start, CPU that
     * start-up needs on a small machine.
     */
    private static final Duration DELAY = Duration.ofSeconds(2);

    private final ExperimentStore store;
    private final PruneLabConfig.Lab config;
    private final LabInstance instance;
    private final LabTimer timer;

    public LeftoverSweep(ExperimentStore store, PruneLabConfig config, LabInstance instance, LabTimer timer) {
        this.store = store;
        this.config = config.lab();
        this.instance = instance;
        this.timer = timer;
    }

    void onStart(@Observes StartupEvent event) {
        interruptLeftovers(Instant.now(), DELAY);
    }

    /**
     * Marks interrupted the leftovers created before {@code startedAt}, on the lab's timer after {@code delay}; the
     * date keeps it away from experiments submitted since.
     *
     * @return how many were marked, once done
     */
    Future<Integer> interruptLeftovers(Instant startedAt, Duration delay) {
        Duration budget = Duration.ofSeconds(config.timeBudgetSeconds()).plus(ORPHAN_MARGIN);
        int workers = WorkerPool.threads(config);
        int queueRounds = (config.queueCapacity() + workers - 1) / workers + 1;
        return timer.after(delay, () -> {
            try {
                int interrupted = store.interruptOrphans(
                        instance.name(),
                        startedAt,
                        startedAt.minus(budget),
                        startedAt.minus(budget.multipliedBy(queueRounds)),
                        "The server restarted while this experiment was waiting or running. Run it again.");
                if (interrupted > 0) {
                    Log.infof(
                            "Lab: %d experiments left unfinished by the last run are marked interrupted", interrupted);
                }
                return interrupted;
            } catch (RuntimeException e) {
                Log.error("Lab: could not mark the experiments left unfinished by the last run", e);
                throw e;
            }
        });
    }
}
