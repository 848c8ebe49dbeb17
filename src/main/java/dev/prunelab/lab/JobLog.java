package dev.prunelab.lab;

import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** How each experiment ended: counted in the metrics and logged with its id, outcome and times as MDC fields. */
final class JobLog {

    private final LabMetrics metrics;

    JobLog(LabMetrics metrics) {
        this.metrics = metrics;
    }

    void started(Job job) {
        metrics.started(Duration.ofNanos(job.startedAt - job.queuedAt));
    }

    /** An experiment left the queue cancelled before any worker claimed it. */
    void cancelledWaiting(long id) {
        metrics.finished(LabMetrics.Outcome.CANCELLED, Optional.empty());
        Log.infof("Lab: experiment %d cancelled while it waited", id);
    }

    void finished(Job job, LabMetrics.Outcome outcome) {
        long now = System.nanoTime();
        Optional<Duration> ran =
                job.startedAt == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(now - job.startedAt));
        long queuedMillis = ((job.startedAt == 0 ? now : job.startedAt) - job.queuedAt) / 1_000_000;
        metrics.finished(outcome, ran);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("experimentId", job.id);
        fields.put("preset", job.spec.preset() == null ? "custom" : job.spec.preset());
        fields.put("outcome", outcome.tag());
        fields.put("queuedMs", queuedMillis);
        ran.ifPresent(time -> fields.put("durationMs", time.toMillis()));
        fields.forEach(MDC::put);
        try {
            boolean expected = outcome == LabMetrics.Outcome.DONE || outcome == LabMetrics.Outcome.CANCELLED;
            Log.logf(
                    expected ? Logger.Level.INFO : Logger.Level.WARN,
                    "Lab: experiment %d %s after %d ms in the queue%s",
                    job.id,
                    outcome.tag(),
                    queuedMillis,
                    ran.map(time -> " and " + time.toMillis() + " ms running").orElse(""));
        } finally {
            fields.keySet().forEach(MDC::remove);
        }
    }
}
