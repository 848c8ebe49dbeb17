package dev.prunelab.account;

import dev.prunelab.PruneLabConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;

/** Turns a session cookie's token into the signed-in user's identity, if the session exists and has neither expired nor been idle too long. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionTokenRequest> {

    /** The identity attribute holding the user's id. */
    public static final String USER_ID = "prunelab.userId";

    private final Duration idleTimeout;

    public SessionIdentityProvider(PruneLabConfig config) {
        this.idleTimeout = config.security().sessionIdleTimeout();
    }

    @Override
    public Class<SessionTokenRequest> getRequestType() {
        return SessionTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> {
            AuthSession session = Sessions.use(request.token(), idleTimeout);
            if (session == null) {
                throw new AuthenticationFailedException("session ended or unknown");
            }
            User user = User.findById(session.userId);
            if (user == null) {
                throw new AuthenticationFailedException("user no longer exists");
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(user.username))
                    .addAttribute(USER_ID, user.id);
            Arrays.stream(user.role.split(",")).map(String::strip).forEach(identity::addRole);
            return identity.build();
        }));
    }
}
