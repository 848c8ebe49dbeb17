package dev.prunelab.lab;

import dev.prunelab.lab.run.RunProgress;
import java.util.Locale;

/**
 * What the progress stream sends: the experiment's status and, while it runs, its progress; a final event
 * (done, failed, cancelled, interrupted) ends the stream; "cancelling" comes between a cancel and the run's stop.
 */
public record ExperimentEvent(long id, String status, RunProgress progress, String error) {

    public boolean isFinal() {
        return !ExperimentView.CANCELLING.equals(status)
                && ExperimentStatus.valueOf(status.toUpperCase(Locale.ROOT)).isFinal();
    }
}
