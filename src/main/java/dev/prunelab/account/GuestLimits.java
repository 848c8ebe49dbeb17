package dev.prunelab.account;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.web.Overloaded;
import dev.prunelab.web.RateLimiter;
import dev.prunelab.web.RateLimiters;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What visitors without an account may write, counted per client address: a guest learner is a row and a cookie made
 * on a first write, so without a limit every cookie-less request would make another one.
 */
@ApplicationScoped
public class GuestLimits {

    private final RateLimiter newGuests;
    private final RateLimiter writes;

    public GuestLimits(RateLimiters limiters, PruneLabConfig config) {
        PruneLabConfig.Limits limits = config.limits();
        this.newGuests = limiters.limiter("guest-learners", limits.guestLearners(), limits.guestLearnerWindow());
        this.writes = limiters.limiter("guest-writes", limits.guestWrites(), limits.guestWriteWindow());
    }

    /** Counts one write by a visitor who is not signed in; 429 once the address has used its allowance. */
    void countWrite(String address) {
        count(
                writes,
                address,
                "Visitors who are not signed in may save %d changes per %s from one address. Sign in to go on, or"
                        + " try again in %s.");
    }

    /** Counts one new guest learner; 429 once the address has made its allowance of them. */
    void countNewGuest(String address) {
        count(
                newGuests,
                address,
                "At most %d guest learners may start per %s from one address: keep this browser's cookies, or sign"
                        + " in. Try again in %s.");
    }

    /** @param message with the capacity, the window and the wait, in that order */
    private static void count(RateLimiter limit, String address, String message) {
        limit.acquire(address).ifPresent(wait -> {
            throw Overloaded.tooMany(
                    message.formatted(limit.capacity(), RateLimiter.spoken(limit.window()), RateLimiter.spoken(wait)),
                    wait);
        });
    }
}
