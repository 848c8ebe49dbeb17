package dev.prunelab.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A registered user. quarkus-security-jpa checks passwords against {@link #passwordHash} (bcrypt, in Modular Crypt
 * Format) and reads the roles from {@link #role}.
 */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

    public static final String ROLE_USER = "user";
    public static final String ROLE_ADMIN = "admin";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, length = 32)
    public String username;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** Comma-separated roles: {@code user}, or {@code user,admin}. */
    @Roles
    @Column(nullable = false, length = 40)
    public String role;

    /** The user's time zone (for streaks and "today"), an IANA id such as Europe/Berlin. */
    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;

    /** FSRS desired retention for flashcards, 0.7–0.99. */
    @Column(name = "desired_retention", nullable = false)
    public double desiredRetention;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean isAdmin() {
        return role != null && role.contains(ROLE_ADMIN);
    }
}
