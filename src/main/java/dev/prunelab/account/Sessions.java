package dev.prunelab.account;

import dev.prunelab.PruneLabConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Sign-in sessions: created at sign-in, ended by signing out (here or everywhere), by changing the password (every
 * other session), by their absolute expiry ({@code prunelab.security.session-days}) and by the idle timeout
 * ({@code prunelab.security.session-idle-timeout}, sliding: each use restarts it). Ended rows are purged on a schedule.
 */
@ApplicationScoped
@Transactional
public class Sessions {

    /**
     * A session's last use is written at most this often, so browsing does not write a row per request; the idle
     * timeout is that much less exact.
     */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final PruneLabConfig.Security config;

    public Sessions(PruneLabConfig config) {
        this.config = config.security();
    }

    /** Starts a session for the user and returns its token (the database keeps only its hash). */
    public String create(long userId) {
        String token = Tokens.newToken();
        AuthSession session = new AuthSession();
        session.tokenHash = Tokens.hash(token);
        session.userId = userId;
        session.createdAt = Instant.now();
        session.lastSeenAt = session.createdAt;
        session.expiresAt = session.createdAt.plus(Duration.ofDays(config.sessionDays()));
        session.persist();
        return token;
    }

    /**
     * The user a session token signs in, if the session is live; records the use. Called in the identity provider's
     * own transaction.
     */
    static AuthSession use(String token, Duration idleTimeout) {
        AuthSession session = AuthSession.findById(Tokens.hash(token));
        Instant now = Instant.now();
        if (session == null || !session.isLive(now, idleTimeout)) {
            return null;
        }
        if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return session;
    }

    /** Ends one session; unknown tokens are ignored. */
    public void end(String token) {
        AuthSession.deleteById(Tokens.hash(token));
    }

    /** Signs the user out everywhere: every session of theirs ends, this browser's included. */
    public long endAll(long userId) {
        return AuthSession.deleteByUser(userId);
    }

    /** Ends every session of the user but the one with {@code keptToken} (after a password change). */
    public long endOthers(long userId, String keptToken) {
        return AuthSession.deleteOthersOfUser(userId, Tokens.hash(keptToken));
    }

    @Scheduled(every = "${prunelab.security.session-purge-every:1h}", delayed = "1m")
    void purgeOnSchedule() {
        purgeEnded();
    }

    /** Deletes the rows of sessions that have ended, expired or idle, and says how many. */
    public long purgeEnded() {
        long purged = AuthSession.deleteEnded(Instant.now(), config.sessionIdleTimeout());
        if (purged > 0) {
            Log.infof("Purged %d ended sessions", purged);
        }
        return purged;
    }
}
