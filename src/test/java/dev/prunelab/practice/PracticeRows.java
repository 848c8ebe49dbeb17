package dev.prunelab.practice;

import dev.prunelab.progress.ProgressEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

/** Reads stored rows directly, for tests that check what was (or was not) stored. */
public final class PracticeRows {

    private PracticeRows() {}

    public static long attempts() {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.count());
    }

    /** The progress events of one kind for the learner who owns an attempt, oldest first. */
    public static List<ProgressEvent> eventsOfAttemptOwner(long attemptId, ProgressEvent.Kind kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Attempt attempt = Attempt.findById(attemptId);
            return ProgressEvent.forLearner(attempt.learnerId, kind);
        });
    }
}
