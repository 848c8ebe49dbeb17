package dev.prunelab.engine.train;

/** Receives {@link Progress} reports; must be quick (it runs on the training thread). */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores every report. */
    ProgressListener NONE = progress -> {};

    void onProgress(Progress progress);
}
