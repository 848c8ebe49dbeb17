package dev.prunelab.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in session. The browser holds a random token in an HttpOnly cookie; the database holds only its SHA-256,
 * so a leaked database does not let anyone sign in, and every app instance sharing the database knows the session.
 */
@Entity
@Table(name = "auth_session")
public class AuthSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    /** When the session was last used (to within {@link Sessions#TOUCH_EVERY}); it ends after the idle timeout. */
    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    /** Whether the session may still be used at {@code now}. */
    public boolean isLive(Instant now, Duration idleTimeout) {
        return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
    }

    public static long deleteByUser(long userId) {
        return delete("userId", userId);
    }

    public static long deleteOthersOfUser(long userId, String keptTokenHash) {
        return delete("userId = ?1 and tokenHash <> ?2", userId, keptTokenHash);
    }

    public static long deleteEnded(Instant now, Duration idleTimeout) {
        return delete("expiresAt <= ?1 or lastSeenAt <= ?2", now, now.minus(idleTimeout));
    }
}
