package dev.prunelab.lab;

import java.util.Locale;

/** Where an experiment is in its life: waiting, running, or one of the final states. */
public enum ExperimentStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED,
    /** The server stopped while it was queued or running (nothing is silently lost: the row says so). */
    INTERRUPTED;

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }

    /** Lower case, as the API and pages show it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
