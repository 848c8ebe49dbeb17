package dev.prunelab.lab;

import dev.prunelab.PruneLabConfig;
import java.util.Optional;

/**
 * How many experiments may be queued or running at once: per learner, and per client address for visitors who are
 * not signed in (a new guest cookie is free; an account is not, as sign-ups are limited). Counted from the experiment
 * rows, so every instance sharing the database counts the same.
 */
final class InFlightLimits {

    private final int perLearner;
    private final int perAddress;
    private final long retryAfterSeconds;

    InFlightLimits(PruneLabConfig.Lab config) {
        this.perLearner = config.inFlightPerLearner();
        this.perAddress = config.inFlightPerAddress();
        // most experiments end within a quarter of the budget
        this.retryAfterSeconds = Math.max(5, config.timeBudgetSeconds() / 4);
    }

    /**
     * @param learner the visitor's learner id, if they have one yet
     * @param address their client address when they are not signed in, else empty
     * @throws LabFullException naming the limit when one more experiment would exceed it
     */
    void check(Optional<Long> learner, Optional<String> address) {
        if (learner.isPresent() && Experiment.inFlightOf(learner.get()) >= perLearner) {
            throw new LabFullException(
                    "You have " + perLearner + " experiments queued or running, the most one learner may have at"
                            + " once. Wait for one to finish, or cancel one, then run this again.",
                    retryAfterSeconds);
        }
        if (address.isPresent() && Experiment.inFlightFrom(address.get()) >= perAddress) {
            throw new LabFullException(
                    "Visitors who are not signed in may have " + perAddress + " experiments queued or running at once"
                            + " from one address, and yours has that many. Wait for one to finish, or sign in.",
                    retryAfterSeconds,
                    true);
        }
    }
}
