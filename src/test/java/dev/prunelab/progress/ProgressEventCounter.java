package dev.prunelab.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Counts all stored progress events, for tests that check deletion. */
final class ProgressEventCounter {
    private ProgressEventCounter() {}

    static long count() {
        return QuarkusTransaction.requiringNew().call(() -> ProgressEvent.count());
    }
}
