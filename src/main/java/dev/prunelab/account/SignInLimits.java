package dev.prunelab.account;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.web.RateLimiter;
import dev.prunelab.web.RateLimiters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The limits on signing in and up, per client address: failed sign-ins for one username (guessing a password),
 * failed sign-ins across all usernames (trying one password on many accounts), and new accounts (a free account must
 * not be a way around the limits on visitors who are not signed in).
 */
@ApplicationScoped
public class SignInLimits {

    /** Failed sign-ins per address and username; a successful one gives the allowance back. */
    private final RateLimiter failedPerUser;
    /** Failed sign-ins per address, whatever the username; a success gives nothing back. */
    private final RateLimiter failedPerAddress;

    private final RateLimiter signUps;

    public SignInLimits(RateLimiters limiters, PruneLabConfig config) {
        this.failedPerUser = limiters.limiter(
                "failed-logins",
                config.security().loginAttempts(),
                Duration.ofSeconds(config.security().loginWindowSeconds()));
        PruneLabConfig.Limits limits = config.limits();
        this.failedPerAddress = limiters.limiter(
                "failed-logins-per-address", limits.failedLoginsPerAddress(), limits.failedLoginWindow());
        this.signUps = limiters.limiter("sign-ups", limits.signUps(), limits.signUpWindow());
    }

    /** How long this address must wait before it may try this username again, or empty if it may try now. */
    public Optional<Duration> loginBlocked(String address, String username) {
        Optional<Duration> perAddress = failedPerAddress.blockedFor(address);
        return perAddress.isPresent() ? perAddress : failedPerUser.blockedFor(userKey(address, username));
    }

    public void loginFailed(String address, String username) {
        failedPerAddress.acquire(address);
        failedPerUser.acquire(userKey(address, username));
    }

    public void loginSucceeded(String address, String username) {
        failedPerUser.reset(userKey(address, username));
    }

    /** The message for an address that must wait {@code wait} before signing in again. */
    public static String loginWait(Duration wait) {
        return "Too many sign-in attempts. Try again in " + RateLimiter.spoken(wait) + ".";
    }

    /** How long this address must wait before it may create another account, or empty if it may now. */
    public Optional<Duration> signUpBlocked(String address) {
        return signUps.blockedFor(address);
    }

    public void signedUp(String address) {
        signUps.acquire(address);
    }

    /** The message for an address that must wait {@code wait} before creating another account. */
    public String signUpWait(Duration wait) {
        return "At most " + signUps.capacity() + " accounts may be created per " + RateLimiter.spoken(signUps.window())
                + " from one address. Try again in " + RateLimiter.spoken(wait) + ".";
    }

    private static String userKey(String address, String username) {
        return address + "|" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }
}
