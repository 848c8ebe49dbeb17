package dev.prunelab.lab;

import dev.prunelab.PruneLabConfig;
import io.quarkus.logging.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * A fixed number of worker threads behind a bounded {@link FairQueue}, with room claimed before anything is written: a
 * permit per worker and per queue place, held from {@link #reserve()} until the job leaves the pool. Full: {@link
 * LabFullException}.
 */
final class WorkerPool {

    private final PruneLabConfig.Lab config;
    private final FairQueue queue = new FairQueue();
    private final List<Thread> workers = new ArrayList<>();
    private final Semaphore room;

    WorkerPool(PruneLabConfig.Lab config) {
        this.config = config;
        int threads = threads(config);
        for (int i = 1; i <= threads; i++) {
            // HTTP threads first: the worker lowers its own CPU priority before it takes any experiment
            Thread t = new Thread(WorkerPriority.lowered(this::work, config.workerNice()), "lab-worker-" + i);
            t.setDaemon(true);
            workers.add(t);
        }
        workers.forEach(Thread::start);
        this.room = new Semaphore(threads + Math.max(1, config.queueCapacity()));
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

    int queued() {
        return queue.size();
    }

    /** @throws LabFullException when every worker is busy and the queue is full */
    void reserve() {
        if (!room.tryAcquire()) {
            throw full();
        }
    }

    void release() {
        room.release();
    }

    /** Hands a job to the workers on a claim from {@link #reserve()}: it always has a place. */
    void execute(Job job) {
        queue.add(job);
    }

    /** Takes a job out of the queue before a worker starts it. */
    boolean remove(Job job) {
        return queue.remove(job);
    }

    void shutdown() {
        queue.close();
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
        while (true) {
            Job job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (job == null) {
                return;
            }
            try {
                job.run();
            } catch (RuntimeException e) {
                Log.errorf(e, "Lab: experiment %d ended with an unexpected error", job.id);
            } finally {
                queue.done(job);
            }
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
        return Math.max(5, config.timeBudgetSeconds() / Math.max(1, threads()) / 4);
    }
}
