package dev.prunelab.account;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.web.FieldError;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.Overloaded;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sign-up, sign-in, sign-out, settings, export and deletion. Every write commits before the caller responds.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{2,31}");
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;
    /** Compared against when the username does not exist, so both cases take the time of one bcrypt check. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password-0");

    private final PruneLabConfig.Security config;
    private final IdentityProviderManager identities;
    private final Instance<LearnerData> learnerData;
    private final PasswordWork passwordWork;
    private final Sessions sessions;

    public AccountService(
            PruneLabConfig config,
            IdentityProviderManager identities,
            Instance<LearnerData> learnerData,
            PasswordWork passwordWork,
            Sessions sessions) {
        this.config = config.security();
        this.identities = identities;
        this.learnerData = learnerData;
        this.passwordWork = passwordWork;
        this.sessions = sessions;
    }

    /**
     * Creates an account and signs it in; a guest's progress (if {@code guestToken} is given) moves into it.
     *
     * @return the new session's token
     * @throws InvalidInput naming the username or password and what is wrong with it
     * @throws Overloaded (503) when too many passwords are being hashed or checked at once
     */
    public String signUp(String rawUsername, String password, String timeZone, Optional<String> guestToken) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(
                    new FieldError(
                            "username",
                            "Username must be 3–32 characters: lowercase letters, digits, '.', '_' or '-', starting with a letter or digit."));
        } else if (User.findByUsername(username).isPresent()) {
            errors.add(new FieldError("username", "That username is taken. Choose another."));
        }
        passwordProblem(username, password).ifPresent(problem -> errors.add(new FieldError("password", problem)));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        User user = new User();
        user.username = username;
        user.passwordHash = passwordWork.run(() -> BcryptUtil.bcryptHash(password));
        user.role = config.admins().orElse(List.of()).contains(username)
                ? User.ROLE_USER + "," + User.ROLE_ADMIN
                : User.ROLE_USER;
        user.timeZone = validZone(timeZone).orElse("UTC");
        user.desiredRetention = DesiredRetention.DEFAULT;
        user.createdAt = Instant.now();
        user.persist();
        guestToken.ifPresent(token -> adoptGuest(token, user.id));
        return newSession(user.id);
    }

    /** Why a password is too weak, or empty if it is acceptable. */
    static Optional<String> passwordProblem(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of("Password is too weak: use at least " + MIN_PASSWORD + " characters.");
        }
        if (password.length() > MAX_PASSWORD) {
            return Optional.of("Password is too long: use at most " + MAX_PASSWORD + " characters.");
        }
        if (!username.isEmpty() && password.toLowerCase(Locale.ROOT).contains(username)) {
            return Optional.of("Password is too weak: it contains your username.");
        }
        return PasswordStrength.problem(password, username);
    }

    /**
     * Signs in with a username and password (checked by quarkus-security-jpa against the bcrypt hash). A wrong
     * username and a wrong password get the same answer, so the form does not reveal which accounts exist.
     *
     * @return the new session's token, or empty when the username or password is wrong
     * @throws Overloaded (503) when too many passwords are being hashed or checked at once
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<String> logIn(String rawUsername, String password, Optional<String> guestToken) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        Optional<User> user = findUser(username);
        boolean matches = passwordWork.run(() -> passwordMatches(user, username, password));
        return matches ? Optional.of(signIn(user.get().id, guestToken)) : Optional.empty();
    }

    /** The bcrypt check; against a dummy hash when there is no such user, so both cases take as long. */
    private boolean passwordMatches(Optional<User> user, String username, String password) {
        if (user.isEmpty() || password == null || password.isEmpty()) {
            BcryptUtil.matches(password == null ? "" : password, DUMMY_HASH);
            return false;
        }
        try {
            identities.authenticateBlocking(new UsernamePasswordAuthenticationRequest(
                    username, new PasswordCredential(password.toCharArray())));
            return true;
        } catch (AuthenticationFailedException e) {
            return false;
        }
    }

    @Transactional
    Optional<User> findUser(String username) {
        return User.findByUsername(username);
    }

    @Transactional
    String signIn(long userId, Optional<String> guestToken) {
        guestToken.ifPresent(token -> adoptGuest(token, userId));
        return newSession(userId);
    }

    private String newSession(long userId) {
        return sessions.create(userId);
    }

    /** Ends a session; unknown tokens are ignored. */
    public void logOut(String sessionToken) {
        sessions.end(sessionToken);
    }

    /**
     * Changes the password of a user who knows the current one, and ends every other session of theirs (a thief's
     * included); the session {@code keptToken} stays signed in.
     *
     * @throws InvalidInput naming {@code currentPassword} when it is wrong, {@code newPassword} when it is too weak
     * @throws Overloaded (503) when too many passwords are being hashed or checked at once
     */
    public void changePassword(long userId, String current, String replacement, String keptToken) {
        User user = User.findById(userId);
        if (current == null
                || current.isEmpty()
                || !passwordWork.run(() -> BcryptUtil.matches(current, user.passwordHash))) {
            throw InvalidInput.of("currentPassword", "Your current password is not right.");
        }
        passwordProblem(user.username, replacement).ifPresent(problem -> {
            throw InvalidInput.of("newPassword", problem);
        });
        user.passwordHash = passwordWork.run(() -> BcryptUtil.bcryptHash(replacement));
        sessions.endOthers(userId, keptToken);
    }

    /** Moves a guest's rows into the user's learner and removes the guest learner. */
    void adoptGuest(String guestToken, long userId) {
        Optional<Learner> guest = Learner.findByGuestTokenHash(Tokens.hash(guestToken));
        if (guest.isEmpty()) {
            return;
        }
        Optional<Learner> existing = Learner.findByUser(userId);
        if (existing.isEmpty()) {
            guest.get().guestTokenHash = null;
            guest.get().userId = userId;
            return;
        }
        long from = guest.get().id;
        long to = existing.get().id;
        learnerData.forEach(data -> data.move(from, to));
        guest.get().delete();
    }

    /**
     * Changes a user's time zone and desired retention.
     *
     * @throws InvalidInput naming each setting that is not valid
     */
    public void updateSettings(long userId, String timeZone, String desiredRetention) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> zone = validZone(timeZone);
        if (zone.isEmpty()) {
            errors.add(new FieldError("timeZone", "Time zone must be a region name such as Europe/Berlin or UTC."));
        }
        double retention = 0;
        try {
            retention = Double.parseDouble(desiredRetention == null ? "" : desiredRetention.strip());
            DesiredRetention.check(retention);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("desiredRetention", "Desired retention must be a number from 0.70 to 0.99."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        User user = User.findById(userId);
        user.timeZone = zone.get();
        user.desiredRetention = retention;
    }

    static Optional<String> validZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank() || timeZone.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(timeZone.strip()).getId());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Everything stored about a user: profile and every feature's rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> export(long userId) {
        User user = User.findById(userId);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("username", user.username);
        export.put("createdAt", user.createdAt.toString());
        export.put("timeZone", user.timeZone);
        export.put("desiredRetention", user.desiredRetention);
        export.put("roles", List.of(user.role.split(",")));
        Learner.findByUser(userId)
                .ifPresent(learner -> learnerData.forEach(d -> export.put(d.exportName(), d.export(learner.id))));
        return export;
    }

    /**
     * Deletes the user, their sessions and (by cascade) every row they own, after each feature has removed what they
     * left in other learners' rows.
     */
    public void delete(long userId) {
        Learner.findByUser(userId).ifPresent(learner -> learnerData.forEach(data -> data.forget(learner.id)));
        User.deleteById(userId);
    }
}
