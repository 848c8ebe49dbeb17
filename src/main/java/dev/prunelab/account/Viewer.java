package dev.prunelab.account;

import dev.prunelab.web.FormToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** What page templates need to know about the visitor: {@code {inject:viewer.signedIn}}, {@code {inject:viewer.username}}. */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;
    private final FormToken token;

    public Viewer(SecurityIdentity identity, FormToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The CSRF token for the sign-out form in the page header ({@link FormToken#value()}). */
    public String getCsrfToken() {
        return token.value();
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getUsername() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(User.ROLE_ADMIN);
    }
}
