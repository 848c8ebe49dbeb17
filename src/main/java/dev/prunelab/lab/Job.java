package dev.prunelab.lab;

import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.lab.run.RunProgress;
import dev.prunelab.lab.spec.ExperimentSpec;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** An experiment on its way through the pool: its cancellation, times, and the events its listeners are sent. */
final class Job implements Runnable {

    final long id;
    final ExperimentSpec spec;
    final Cancellation cancellation = new Cancellation();
    final long queuedAt = System.nanoTime();
    private final Consumer<Job> work;
    private final List<MultiEmitter<? super ExperimentEvent>> listeners = new CopyOnWriteArrayList<>();
    /** 0 until a worker picks it up. */
    volatile long startedAt;

    volatile boolean timedOut;
    private volatile ExperimentEvent latest;

    /** @param work what a worker does with it */
    Job(long id, ExperimentSpec spec, Consumer<Job> work) {
        this.id = id;
        this.spec = spec;
        this.work = work;
        this.latest = new ExperimentEvent(
                id, ExperimentStatus.QUEUED.label(), RunProgress.starting("Waiting for a worker"), null);
    }

    @Override
    public void run() {
        work.accept(this);
    }

    ExperimentEvent latest() {
        return latest;
    }

    /** Sends an event to every listener; it is the latest from now on. */
    void publish(ExperimentEvent event) {
        latest = event;
        listeners.forEach(listener -> listener.emit(event));
    }

    /** Ends every listener's stream (after the final event). */
    void complete() {
        listeners.forEach(MultiEmitter::complete);
    }

    /** The events from now on: the latest at once, then each one published, until the final one. */
    Multi<ExperimentEvent> events() {
        return Multi.createFrom().emitter(emitter -> {
            listeners.add(emitter);
            emitter.onTermination(() -> listeners.remove(emitter));
            ExperimentEvent now = latest;
            emitter.emit(now);
            if (now.isFinal()) {
                emitter.complete();
            }
        });
    }
}
