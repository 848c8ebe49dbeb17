package dev.prunelab.account;

import dev.prunelab.PruneLabConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes guest learners nobody has written as for {@code prunelab.limits.guest-idle} (30 days by default), with
 * every row they stored: a guest's cookie lasts one browser session, so after that nobody can reach their data. Every
 * instance may run the sweep; a second run finds nothing left to delete.
 */
@ApplicationScoped
public class IdleGuests {

    private final Duration idle;
    private final Instance<LearnerData> learnerData;

    public IdleGuests(PruneLabConfig config, Instance<LearnerData> learnerData) {
        this.idle = config.limits().guestIdle();
        this.learnerData = learnerData;
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        long deleted = deleteIdleAt(Instant.now());
        if (deleted > 0) {
            Log.infof("Deleted %d guest learners idle for more than %s", deleted, idle);
        }
    }

    /**
     * Deletes the guests idle at {@code now}.
     *
     * @return how many were deleted
     */
    @Transactional
    public long deleteIdleAt(Instant now) {
        Instant cutoff = now.minus(idle);
        // What a guest left in other learners' rows (a pair interview's answers) goes first, as for a deleted account.
        Learner.guestsIdleSince(cutoff).forEach(id -> learnerData.forEach(data -> data.forget(id)));
        return Learner.deleteGuestsIdleSince(cutoff);
    }
}
