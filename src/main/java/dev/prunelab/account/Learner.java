package dev.prunelab.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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

    public static Optional<Learner> findByUser(long userId) {
        return find("userId", userId).firstResultOptional();
    }

    public static Optional<Learner> findByGuestTokenHash(String hash) {
        return find("guestTokenHash", hash).firstResultOptional();
    }

    public boolean isGuest() {
        return userId == null;
    }
}
