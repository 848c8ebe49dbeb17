package dev.prunelab.account;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.web.ClientAddress;
import dev.prunelab.web.Overloaded;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who the current request acts for: the signed-in user's learner, or a guest's learner known by the
 * {@value #GUEST_COOKIE} cookie (a browser-session cookie, so a guest's progress lasts for the browser session).
 * Reading never creates anything; {@link #require()} creates the learner on the first write.
 */
@RequestScoped
public class CurrentLearner {

    public static final String GUEST_COOKIE = "prunelab_guest";
    /** A guest's last-seen time is rewritten at most this often: one UPDATE an hour, not one per write. */
    private static final Duration SEEN_PRECISION = Duration.ofHours(1);

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final Optional<Boolean> secureCookies;
    private final GuestLimits guestLimits;
    private Optional<Learner> resolved;
    private boolean writeCounted;

    public CurrentLearner(
            SecurityIdentity identity, CurrentVertxRequest request, PruneLabConfig config, GuestLimits guestLimits) {
        this.identity = identity;
        this.request = request;
        this.secureCookies = config.security().secureCookies();
        this.guestLimits = guestLimits;
    }

    /** The signed-in user's id, if any. */
    public Optional<Long> userId() {
        return identity.isAnonymous()
                ? Optional.empty()
                : Optional.ofNullable(identity.<Long>getAttribute(SessionIdentityProvider.USER_ID));
    }

    public boolean signedIn() {
        return userId().isPresent();
    }

    /** The learner, if one exists already. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Learner> find() {
        if (resolved == null || resolved.isEmpty()) {
            resolved = userId().map(id -> Learner.findByUser(id))
                    .orElseGet(() -> guestToken().flatMap(token -> Learner.findByGuestTokenHash(Tokens.hash(token))));
        }
        return resolved;
    }

    /** The learner's id, if one exists already. */
    public Optional<Long> findId() {
        return find().map(l -> l.id);
    }

    /**
     * What per-visitor limits count by: the learner, or the client address of a visitor who has none yet. Reads only.
     */
    public String limitKey() {
        return findId().map(id -> "learner:" + id).orElseGet(() -> "address:" + address());
    }

    /**
     * The learner, created now if needed (for a guest this also sets the guest cookie). Every call is a write, so a
     * visitor who is not signed in has it counted against their address's allowance of writes (once per request), and
     * of new guest learners when one is made; a guest is marked seen, to the hour, so idle guests can be deleted.
     *
     * @throws Overloaded (429) when the address has used an allowance
     */
    @Transactional
    public Learner require() {
        boolean guest = !signedIn();
        if (guest && !writeCounted) {
            writeCounted = true;
            guestLimits.countWrite(address());
        }
        Optional<Learner> existing = find();
        if (existing.isPresent()) {
            if (guest) {
                Instant now = Instant.now();
                Learner.seen(existing.get().id, now, now.minus(SEEN_PRECISION));
            }
            return existing.get();
        }
        if (guest) {
            guestLimits.countNewGuest(address());
        }
        Learner learner = userId().map(CurrentLearner::createForUser).orElseGet(this::createForGuest);
        resolved = Optional.of(learner);
        return learner;
    }

    /**
     * A user's learner, created in a transaction of its own. The first writes of a new user can race (two tabs, parallel
     * API calls, two app instances): each finds no learner and inserts one, the unique user_id lets only one insert
     * commit, and the others read the row that won instead of failing their request.
     */
    private static Learner createForUser(long userId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Learner learner = newLearner();
                learner.userId = userId;
                learner.persistAndFlush();
                return learner;
            });
        } catch (PersistenceException lostTheRace) {
            return QuarkusTransaction.requiringNew()
                    .call(() -> Learner.findByUser(userId))
                    .orElseThrow(() -> lostTheRace);
        }
    }

    private Learner createForGuest() {
        String token = Tokens.newToken();
        Learner learner = newLearner();
        learner.guestTokenHash = Tokens.hash(token);
        setCookie(GUEST_COOKIE, token, -1);
        learner.persist();
        return learner;
    }

    private static Learner newLearner() {
        Learner learner = new Learner();
        learner.createdAt = Instant.now();
        learner.lastSeenAt = learner.createdAt;
        return learner;
    }

    private String address() {
        RoutingContext context = request.getCurrent();
        return context == null ? ClientAddress.UNKNOWN : ClientAddress.of(context.request());
    }

    /** The guest cookie's token, if the browser sent one. */
    public Optional<String> guestToken() {
        return cookie(GUEST_COOKIE);
    }

    /** The session cookie's token, if the browser sent one. */
    public Optional<String> sessionToken() {
        return cookie(SessionCookieMechanism.COOKIE);
    }

    private Optional<String> cookie(String name) {
        RoutingContext context = request.getCurrent();
        Cookie cookie = context == null ? null : context.request().getCookie(name);
        return cookie == null || cookie.getValue().isBlank() ? Optional.empty() : Optional.of(cookie.getValue());
    }

    /**
     * Sets an HttpOnly, SameSite=Lax cookie, Secure when configured so or, by default, when the request came over HTTPS.
     *
     * @param maxAgeSeconds lifetime; negative for a browser-session cookie, 0 to delete it
     */
    public void setCookie(String name, String value, long maxAgeSeconds) {
        RoutingContext context = request.getCurrent();
        Cookie cookie = Cookie.cookie(name, value)
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX)
                .setSecure(secureCookies.orElseGet(
                        () -> "https".equals(context.request().scheme())));
        if (maxAgeSeconds >= 0) {
            cookie.setMaxAge(maxAgeSeconds);
        }
        context.response().addCookie(cookie);
    }
}
