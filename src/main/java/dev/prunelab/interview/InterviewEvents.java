package dev.prunelab.interview;

import dev.prunelab.web.ClusterEvents;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;

/**
 * Tells the open pages of a session that its state changed, on every instance ({@link ClusterEvents}: PostgreSQL's
 * NOTIFY, or this process on H2). An event carries no state, only "reload": the state is always read from the
 * database, so a page that reconnects, or is reloaded, never misses anything (it reloads once when it reconnects).
 */
@ApplicationScoped
public class InterviewEvents {

    /** Keeps idle connections open through proxies that close silent ones. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

    /** The channel of session ids whose state changed. */
    static final String CHANNEL = "prunelab_interview";

    private final ClusterEvents cluster;
    private final Multi<Long> changes;

    public InterviewEvents(ClusterEvents cluster) {
        this.cluster = cluster;
        this.changes = cluster.stream(CHANNEL).map(Long::valueOf);
    }

    /** Broadcast only after the change has committed, so a reload sees it. */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) InterviewChanged changed) {
        cluster.publish(CHANNEL, String.valueOf(changed.sessionId()));
    }

    /** Server-sent events for one session: "changed" after each committed change, "ping" to keep the line open. */
    public Multi<String> stream(long sessionId) {
        Multi<String> updates = changes.filter(id -> id == sessionId).map(id -> "changed");
        Multi<String> pings = Multi.createFrom().ticks().every(KEEP_ALIVE).map(tick -> "ping");
        return Multi.createBy().merging().streams(updates, pings);
    }
}
