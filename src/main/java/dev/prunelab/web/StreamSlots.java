package dev.prunelab.web;

import dev.prunelab.PruneLabConfig;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Caps the live event streams (Server-Sent Events) one owner keeps open at once: each holds a connection and a
 * subscription for as long as the page is open, so a script opening thousands of them would hold as many. A stream
 * takes its slot when it is asked for and gives it back however it ends (completed, failed, or the client gone).
 * The map holds only owners with an open stream, so it is bounded by the open connections.
 */
@ApplicationScoped
public class StreamSlots {

    /** How long a refused client is asked to wait: long enough for a closed tab's stream to be noticed. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final int perOwner;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    @Inject
    public StreamSlots(PruneLabConfig config) {
        this(config.limits().streamsPerLearner());
    }

    StreamSlots(int perOwner) {
        this.perOwner = perOwner;
    }

    /**
     * The stream, holding one of the owner's slots until it ends.
     *
     * @param owner who the stream counts against: a learner, or a client address for a visitor without one
     * @throws Overloaded (429) when the owner has all its slots open already
     */
    public <T> Multi<T> open(String owner, Multi<T> stream) {
        boolean[] taken = {false};
        open.compute(owner, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= perOwner) {
                return count;
            }
            taken[0] = true;
            return now + 1;
        });
        if (!taken[0]) {
            throw Overloaded.tooMany(
                    "At most " + perOwner + " live event streams may be open at once for one learner: close another"
                            + " tab of the lab or the interview, then reload this one.",
                    RETRY_AFTER);
        }
        return stream.onTermination().invoke(() -> release(owner));
    }

    /** Streams open now for the owner. */
    int openFor(String owner) {
        return open.getOrDefault(owner, 0);
    }

    private void release(String owner) {
        open.computeIfPresent(owner, (key, count) -> count <= 1 ? null : count - 1);
    }
}
