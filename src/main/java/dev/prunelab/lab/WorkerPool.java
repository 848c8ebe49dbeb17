package dev.prunelab.lab;

import dev.prunelab.PruneLabConfig;
import io.quarkus.logging.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A fixed number of worker threads, each claiming its next job from the shared queue; an idle worker looks again when
 * woken (an experiment was queued here, or rows were taken over) or after a second (one queued through another
 * instance).
 */
final class WorkerPool {

    /** The longest an idle worker waits before it looks at the shared queue again. */
    private static final long IDLE_LOOK_MILLIS = 1000;

    private final List<Thread> workers = new ArrayList<>();
    private final Supplier<Optional<Job>> claims;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean stopped;

    /**
     * @param threads how many workers
     * @param nice the nice value each worker gives itself ({@link WorkerPriority})
     * @param claims the next job for a worker, or empty when none waits
     */
    WorkerPool(int threads, int nice, Supplier<Optional<Job>> claims) {
        this.claims = claims;
        for (int i = 1; i <= threads; i++) {
            // HTTP threads first: the worker lowers its own CPU priority before it takes any experiment
            Thread t = new Thread(WorkerPriority.lowered(this::work, nice), "lab-worker-" + i);
            t.setDaemon(true);
            workers.add(t);
        }
    }

    /** The configured workers, or half the cores (at least one) so HTTP threads keep a core. */
    static int threads(PruneLabConfig.Lab config) {
        return config.workers() > 0
                ? config.workers()
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    int threads() {
        return workers.size();
    }

    void start() {
        workers.forEach(Thread::start);
    }

    /** Has an idle worker look at the queue now. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    void shutdown() {
        stopped = true;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void work() {
        while (!stopped) {
            Optional<Job> job = Optional.empty();
            try {
                job = claims.get();
            } catch (RuntimeException e) {
                Log.warn("Lab: could not claim an experiment; looking again in a second", e);
            }
            if (job.isPresent()) {
                try {
                    job.get().run();
                } catch (RuntimeException e) {
                    Log.errorf(e, "Lab: experiment %d ended with an unexpected error", job.get().id);
                }
            } else if (!idle()) {
                return;
            }
        }
    }

    /** Waits until woken or a second has passed; false when interrupted (stopping). */
    private boolean idle() {
        synchronized (signal) {
            try {
                if (!woken) {
                    signal.wait(IDLE_LOOK_MILLIS);
                }
                woken = false;
                return true;
            } catch (InterruptedException e) {
                return false;
            }
        }
    }
}
