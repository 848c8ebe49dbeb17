package dev.prunelab.account;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** What page templates need to know about the visitor: {@code {inject:viewer.signedIn}}, {@code {inject:viewer.username}}. */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;
    private final CsrfTokenParameterProvider csrf;

    public Viewer(SecurityIdentity identity, @Named("csrf") CsrfTokenParameterProvider csrf) {
        this.identity = identity;
        this.csrf = csrf;
    }

    /**
     * The CSRF token for the sign-out form in the page header, or empty where the CSRF filter did not run (an error
     * page for a request rejected before it, such as an oversized body): the page still renders.
     */
    public String getCsrfToken() {
        try {
            String token = csrf.getToken();
            return token == null ? "" : token;
        } catch (RuntimeException e) {
            return "";
        }
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
