package dev.prunelab.engine.train;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cooperative cancellation: the web lab calls {@link #cancel()}, the engine polls
 * {@link #throwIfCancelled()} between mini-batches and stops with a {@link CancellationException}.
 */
public final class Cancellation {

    /** A token nobody cancels. */
    public static final Cancellation NEVER = new Cancellation();

    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** Asks the run to stop at its next check. */
    public void cancel() {
        if (this == NEVER) {
            throw new IllegalStateException("Cancellation.NEVER cannot be cancelled");
        }
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancellationException} once {@link #cancel()} has been called. */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new CancellationException("run cancelled");
        }
    }
}
