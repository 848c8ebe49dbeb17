package dev.prunelab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkerPriorityTest {

    @Test
    void aWorkerThreadLowersItsOwnPriorityAndOnlyItsOwn() throws InterruptedException {
        assumeTrue(Files.exists(Path.of("/proc/thread-self")), "Linux only");
        OptionalInt before = WorkerPriority.currentNice();
        assumeTrue(before.isPresent() && before.getAsInt() < 10, "the test runs at a nice value below 10");
        AtomicReference<OptionalInt> inside = new AtomicReference<>();
        Thread worker = new Thread(WorkerPriority.lowered(() -> inside.set(WorkerPriority.currentNice()), 10));
        worker.start();
        worker.join();
        assertEquals(OptionalInt.of(10), inside.get());
        assertEquals(before, WorkerPriority.currentNice(), "the calling thread keeps its priority");
    }

    @Test
    void niceZeroLeavesTheTaskAlone() {
        Runnable task = () -> {};
        assertSame(task, WorkerPriority.lowered(task, 0));
        assertTrue(WorkerPriority.lowered(task, 5) != task);
    }
}
