package dev.prunelab.lab;

import dev.prunelab.PruneLabConfig;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of worker threads behind a bounded queue, with room claimed before anything is written: a permit per
 * worker and per queue place, held from {@link #reserve()} until the job leaves the pool. Full: {@link
 * LabFullException}.
 */
final class WorkerPool {

    private final PruneLabConfig.Lab config;
    private final ThreadPoolExecutor workers;
    private final Semaphore room;

    WorkerPool(PruneLabConfig.Lab config) {
        this.config = config;
        int threads = threads(config);
        int queue = Math.max(1, config.queueCapacity());
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), r -> {
                    // HTTP threads first: the worker lowers its own CPU priority before it takes any experiment
                    Thread t = new Thread(
                            WorkerPriority.lowered(r, config.workerNice()), "lab-worker-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.room = new Semaphore(threads + queue);
    }

    /** The configured workers, or half the cores (at least one) so HTTP threads keep a core. */
    static int threads(PruneLabConfig.Lab config) {
        return config.workers() > 0
                ? config.workers()
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    int threads() {
        return workers.getCorePoolSize();
    }

    int queued() {
        return workers.getQueue().size();
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

    /**
     * Hands a job to the workers on a claim from {@link #reserve()}.
     *
     * @throws LabFullException when the queue is full nevertheless (a worker that just finished had not yet taken the
     *                          next job from it); the claim is given back
     */
    void execute(Job job) {
        try {
            workers.execute(job);
        } catch (RejectedExecutionException e) {
            room.release();
            throw full();
        }
    }

    /** Takes a job out of the queue before a worker starts it. */
    boolean remove(Job job) {
        return workers.remove(job);
    }

    void shutdown() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
