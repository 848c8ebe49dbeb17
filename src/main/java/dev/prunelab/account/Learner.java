package dev.prunelab.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whoever owns progress, attempts, experiments and interviews: a signed-in user, or a guest known by a browser
 * cookie. Every per-person row in the database points at a learner; on sign-up a guest's rows move to the account.
 */
@Entity
@Table(name = "learner")
public class Learner extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The user, or null for a guest. */
    @Column(name = "user_id")
    public Long userId;

    /** SHA-256 of the guest cookie's token, or null for a user. */
    @Column(name = "guest_token_hash", length = 64)
    public String guestTokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the learner last wrote something (kept to the hour; see {@link CurrentLearner#require()}). */
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    public static Optional<Learner> findByUser(long userId) {
        return find("userId", userId).firstResultOptional();
    }

    public static Optional<Learner> findByGuestTokenHash(String hash) {
        return find("guestTokenHash", hash).firstResultOptional();
    }

    /** Marks the learner seen now, if it was last seen before {@code staleBefore}; one UPDATE, no read. */
    public static void seen(long id, Instant now, Instant staleBefore) {
        update("lastSeenAt = ?1 where id = ?2 and (lastSeenAt is null or lastSeenAt < ?3)", now, id, staleBefore);
    }

    /**
     * Deletes guest learners last seen before the cutoff; their rows go with them (ON DELETE CASCADE).
     *
     * @return how many were deleted
     */
    /** A guest whose last write (or creation) is before ?1. */
    private static final String IDLE_GUEST = "userId is null and coalesce(lastSeenAt, createdAt) < ?1";

    /** The ids of guests with no write since {@code cutoff}. */
    public static List<Long> guestsIdleSince(Instant cutoff) {
        return Learner.<Learner>list(IDLE_GUEST, cutoff).stream()
                .map(learner -> learner.id)
                .toList();
    }

    public static long deleteGuestsIdleSince(Instant cutoff) {
        return delete(IDLE_GUEST, cutoff);
    }

    public boolean isGuest() {
        return userId == null;
    }
}
