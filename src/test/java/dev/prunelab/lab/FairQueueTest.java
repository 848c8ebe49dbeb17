package dev.prunelab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.engine.data.DataSet;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.SplitCriterion;
import org.junit.jupiter.api.Test;

class FairQueueTest {

    private static final ExperimentSpec SPEC =
            new ExperimentSpec.Tree(null, DataSet.IRIS, 150, SplitCriterion.GINI, 5, 0);
    private static final long BUSY = 1;
    private static final long NEWCOMER = 2;

    private static Job job(long id, long learner) {
        return new Job(id, learner, SPEC, j -> {});
    }

    @Test
    void theNextIsTheOldestOfTheLearnerWithTheFewestRunning() throws InterruptedException {
        FairQueue queue = new FairQueue();
        Job first = job(1, BUSY);
        queue.add(first);
        queue.add(job(2, BUSY));
        queue.add(job(3, BUSY));
        assertThat(queue.take()).isSameAs(first);

        Job newcomers = job(4, NEWCOMER);
        queue.add(newcomers);
        // the busy learner has one running, the newcomer none: the newcomer's goes before the busy learner's older ones
        assertThat(queue.take()).isSameAs(newcomers);
        // one running each: the oldest waiting goes next
        assertThat(queue.take().id).isEqualTo(2);
        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void aLearnerWhoseRunEndedIsCountedAgainFromZero() throws InterruptedException {
        FairQueue queue = new FairQueue();
        Job running = job(1, BUSY);
        queue.add(running);
        queue.take();
        queue.add(job(2, NEWCOMER));
        queue.add(job(3, BUSY));
        queue.done(running);
        queue.add(job(4, NEWCOMER));
        queue.take(); // the newcomer's first (oldest, nobody running)
        // the newcomer now has one running, the busy learner none
        assertThat(queue.take().id).isEqualTo(3);
    }

    @Test
    void aRemovedJobIsNeverHandedOutAndClosingWakesTheWorkers() throws InterruptedException {
        FairQueue queue = new FairQueue();
        Job cancelled = job(1, BUSY);
        queue.add(cancelled);
        assertThat(queue.remove(cancelled)).isTrue();
        assertThat(queue.remove(cancelled)).isFalse();
        queue.close();
        assertThat(queue.take()).isNull();
    }
}
