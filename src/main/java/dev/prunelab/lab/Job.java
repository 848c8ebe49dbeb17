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
    final long learnerId;

    final ExperimentSpec spec;
    final Cancellation cancellation = new Cancellation();
    /** When it was queued, on the {@link System#nanoTime()} scale. */
    final long queuedAt;

    private final Consumer<Job> work;
    private final List<MultiEmitter<? super ExperimentEvent>> listeners = new CopyOnWriteArrayList<>();
    /** 0 until a worker picks it up. */
    volatile long startedAt;

    volatile boolean timedOut;
    private volatile ExperimentEvent latest;

    /** @param work what a worker does with it */
    Job(long id, long learnerId, ExperimentSpec spec, long queuedAt, Consumer<Job> work) {
        this.id = id;
        this.learnerId = learnerId;
        this.queuedAt = queuedAt;
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

    /**
     * Sends an event to every listener; it is the latest from now on. Once a cancel was asked for, progress still
     * reported until the run's next check says "cancelling", not "running".
     *
     * @return the event as sent
     */
    ExperimentEvent publish(ExperimentEvent event) {
        ExperimentEvent shown = cancellation.isCancelled() && !event.isFinal()
                ? new ExperimentEvent(event.id(), ExperimentView.CANCELLING, event.progress(), event.error())
                : event;
        latest = shown;
        listeners.forEach(listener -> listener.emit(shown));
        return shown;
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
