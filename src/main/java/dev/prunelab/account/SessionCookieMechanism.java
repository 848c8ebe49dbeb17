package dev.prunelab.account;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Authenticates requests by the {@value #COOKIE} cookie. No cookie, or an unknown or expired session, means an
 * anonymous visitor (guests may use most of the site). When a page needs a signed-in user the challenge sends the
 * browser to the sign-in page; the API answers 401.
 */
@ApplicationScoped
public class SessionCookieMechanism implements HttpAuthenticationMechanism {

    public static final String COOKIE = "prunelab_session";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request =
                HttpSecurityUtils.setRoutingContextAttribute(new SessionTokenRequest(cookie.getValue()), context);
        return identityProviderManager.authenticate(request).onFailure().recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.request().path();
        if (path.startsWith("/api/")) {
            return Uni.createFrom().item(new ChallengeData(401, null, null));
        }
        String next = URLEncoder.encode(context.request().uri(), StandardCharsets.UTF_8);
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/login?next=" + next));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionTokenRequest.class);
    }
}
