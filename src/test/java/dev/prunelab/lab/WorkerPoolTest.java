package dev.prunelab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.engine.data.DataSet;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.SplitCriterion;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    private static final ExperimentSpec SPEC =
            new ExperimentSpec.Tree(null, DataSet.IRIS, 150, SplitCriterion.GINI, 5, 0);

    @Test
    void workersClaimJobsUntilNoneWaitsAndLookAgainWhenWoken() throws Exception {
        ConcurrentLinkedQueue<Job> shared = new ConcurrentLinkedQueue<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch ran = new CountDownLatch(3);
        WorkerPool pool = new WorkerPool(1, 0, () -> Optional.ofNullable(shared.poll()));
        for (int id = 1; id <= 2; id++) {
            shared.add(new Job(id, 1, SPEC, System.nanoTime(), job -> {
                threads.add(Thread.currentThread().getName());
                ran.countDown();
            }));
        }
        pool.start();
        // idle now; a job queued later is claimed when the pool is woken
        Thread.sleep(100);
        shared.add(new Job(3, 2, SPEC, System.nanoTime(), job -> ran.countDown()));
        pool.wake();
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).containsOnly("lab-worker-1");
        pool.shutdown();
    }

    @Test
    void anIdleWorkerLooksAgainWithinASecondUnwoken() throws Exception {
        ConcurrentLinkedQueue<Job> shared = new ConcurrentLinkedQueue<>();
        CountDownLatch ran = new CountDownLatch(1);
        WorkerPool pool = new WorkerPool(1, 0, () -> Optional.ofNullable(shared.poll()));
        pool.start();
        Thread.sleep(50);
        shared.add(new Job(1, 1, SPEC, System.nanoTime(), job -> ran.countDown())); // queued by another instance
        assertThat(ran.await(3, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
    }
}
