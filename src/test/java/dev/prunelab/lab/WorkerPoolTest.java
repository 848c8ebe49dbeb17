package dev.prunelab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.engine.data.DataSet;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.SplitCriterion;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    /** One worker, a queue of one, a budget of 120 s, workers at normal priority. */
    private static final PruneLabConfig.Lab ONE_AND_ONE = new PruneLabConfig.Lab() {
        @Override
        public int workers() {
            return 1;
        }

        @Override
        public int workerNice() {
            return 0;
        }

        @Override
        public int queueCapacity() {
            return 1;
        }

        @Override
        public int timeBudgetSeconds() {
            return 120;
        }

        @Override
        public int transformerTimeBudgetSeconds() {
            return 180;
        }

        @Override
        public int maxEpochs() {
            return 30;
        }

        @Override
        public int maxHiddenUnits() {
            return 512;
        }

        @Override
        public int maxRows() {
            return 10000;
        }

        @Override
        public int anonymousRuns() {
            return 20;
        }

        @Override
        public int anonymousWindowSeconds() {
            return 600;
        }

        @Override
        public int inFlightPerLearner() {
            return 2;
        }

        @Override
        public int inFlightPerAddress() {
            return 2;
        }

        @Override
        public Optional<String> instance() {
            return Optional.empty();
        }
    };

    private static final ExperimentSpec SPEC =
            new ExperimentSpec.Tree(null, DataSet.IRIS, 150, SplitCriterion.GINI, 5, 0);

    @Test
    void roomIsAWorkerAndAQueuePlaceClaimedBeforeAnythingIsWritten() {
        WorkerPool pool = new WorkerPool(ONE_AND_ONE);
        pool.reserve();
        pool.reserve();
        assertThatThrownBy(pool::reserve).isInstanceOfSatisfying(LabFullException.class, e -> {
            assertThat(e).hasMessageStartingWith("The lab is busy: 1 experiments are waiting already.");
            assertThat(e.retryAfterSeconds()).isEqualTo(30); // the budget shared by one worker, a quarter
        });
        pool.release();
        pool.reserve();
        pool.shutdown();
    }

    @Test
    void jobsRunOnTheLabsWorkers() throws Exception {
        WorkerPool pool = new WorkerPool(ONE_AND_ONE);
        CountDownLatch ran = new CountDownLatch(1);
        String[] thread = new String[1];
        pool.reserve();
        pool.execute(new Job(1, 1, SPEC, job -> {
            thread[0] = Thread.currentThread().getName();
            ran.countDown();
        }));
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(thread[0]).isEqualTo("lab-worker-1");
        pool.shutdown();
    }
}
