package dev.prunelab.lab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Experiments waiting for a worker, handed out fairly across learners: the next is the oldest waiting experiment of
 * the learner with the fewest running. One learner's many submissions then take turns with another learner's first,
 * instead of all running before it.
 */
final class FairQueue {

    /** In arrival order. */
    private final List<Job> waiting = new ArrayList<>();
    /** Running experiments per learner; learners with none are absent. */
    private final Map<Long, Integer> running = new HashMap<>();

    private boolean closed;

    synchronized void add(Job job) {
        waiting.add(job);
        notifyAll();
    }

    /** Takes a job out before a worker starts it. */
    synchronized boolean remove(Job job) {
        return waiting.remove(job);
    }

    synchronized int size() {
        return waiting.size();
    }

    /**
     * Waits for a job and counts it running for its learner until {@link #done}.
     *
     * @return the next job, or null once the queue is closed
     */
    synchronized Job take() throws InterruptedException {
        while (waiting.isEmpty() && !closed) {
            wait();
        }
        if (closed) {
            return null;
        }
        Job next = next();
        waiting.remove(next);
        running.merge(next.learnerId, 1, Integer::sum);
        return next;
    }

    /** The job taken by {@link #take} has left its worker. */
    synchronized void done(Job job) {
        running.computeIfPresent(job.learnerId, (learner, count) -> count == 1 ? null : count - 1);
    }

    /** Wakes the waiting workers with no job: they stop. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** The oldest job among the learners with the fewest running (a strict comparison keeps the oldest on a tie). */
    private Job next() {
        Job best = null;
        int fewest = Integer.MAX_VALUE;
        for (Job job : waiting) {
            int count = running.getOrDefault(job.learnerId, 0);
            if (count < fewest) {
                best = job;
                fewest = count;
            }
        }
        return best;
    }
}
