package dev.prunelab.interview;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;

/**
 * Tells the open pages of a session that its state changed, in this process. An event carries no state, only
 * "reload": the state is always read from the database, so a page connected to another instance, or reloaded,
 * never misses anything (it reloads once when it reconnects).
 */
@ApplicationScoped
public class InterviewEvents {

    /** Keeps idle connections open through proxies that close silent ones. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

    private final BroadcastProcessor<Long> changes = BroadcastProcessor.create();

    /** Broadcast only after the change has committed, so a reload sees it. */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) InterviewChanged changed) {
        changes.onNext(changed.sessionId());
    }

    /** Server-sent events for one session: "changed" after each committed change, "ping" to keep the line open. */
    public Multi<String> stream(long sessionId) {
        Multi<String> updates = changes.filter(id -> id == sessionId).map(id -> "changed");
        Multi<String> pings = Multi.createFrom().ticks().every(KEEP_ALIVE).map(tick -> "ping");
        return Multi.createBy().merging().streams(updates, pings);
    }
}
