package dev.prunelab.lab;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.prunelab.lab.run.RunProgress;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An experiment as the API returns it. {@code result} is the stored result JSON (see
 * {@link dev.prunelab.lab.result.ExperimentResult}), present once done and left out of history lists.
 *
 * @param url      the result page (a permalink)
 * @param progress while queued or running, the latest progress
 * @param spec       the complete spec as it ran (canonical JSON)
 * @param prediction the index of the answer the learner predicted to the preset's question, if any
 * @param takeaways  once done, "what to notice": sentences computed from the result's numbers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExperimentView(
        long id,
        String url,
        String title,
        String preset,
        String status,
        boolean cached,
        @JsonRawValue String spec,
        RunProgress progress,
        String error,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Long runMillis,
        @JsonRawValue String result,
        Integer prediction,
        List<String> takeaways) {

    /**
     * The status shown between a cancel of a running experiment and its run's stop (the next check, or the next
     * heartbeat of the instance running it: about a second): the row still says running, with its cancel flag.
     */
    public static final String CANCELLING = "cancelling";

    static ExperimentView of(Experiment e, RunProgress progress, boolean withResult, List<String> takeaways) {
        return new ExperimentView(
                e.id,
                "/lab/experiments/" + e.id,
                e.title,
                e.preset,
                statusOf(e),
                e.cached,
                e.spec,
                progress,
                e.error,
                e.createdAt,
                e.startedAt,
                e.finishedAt,
                e.runMillis,
                withResult ? e.result : null,
                e.prediction,
                takeaways);
    }

    /** The row's status as shown: {@value #CANCELLING} while a cancel waits for the run to stop. */
    static String statusOf(Experiment e) {
        return e.cancelRequested && !e.status.isFinal() ? CANCELLING : e.status.label();
    }

    public boolean isFinal() {
        return !CANCELLING.equals(status)
                && ExperimentStatus.valueOf(status.toUpperCase(Locale.ROOT)).isFinal();
    }
}
