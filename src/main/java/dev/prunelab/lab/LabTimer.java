package dev.prunelab.lab;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The lab's one timer thread: each running experiment's time budget, and the heartbeat of the shared queue. */
@ApplicationScoped
public class LabTimer {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lab-budget");
        t.setDaemon(true);
        return t;
    });

    /** Runs the task every period, the first time after one period; a task must not throw. */
    ScheduledFuture<?> every(Duration period, Runnable task) {
        return timer.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Cancels the job once it has run for the budget, marking it timed out; cancel the returned future when it ends. */
    ScheduledFuture<?> budget(Job job, Duration budget) {
        return timer.schedule(
                () -> {
                    job.timedOut = true;
                    job.cancellation.cancel();
                },
                budget.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** After the pool has stopped (its running experiments are marked interrupted first). */
    void onStop(@Observes @Priority(2) ShutdownEvent event) {
        timer.shutdownNow();
    }
}
