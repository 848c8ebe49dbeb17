package dev.prunelab.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The CSRF token the current request's forms carry, as the CSRF filter made it. */
@RequestScoped
public class FormToken {

    private final CsrfTokenParameterProvider csrf;

    public FormToken(@Named("csrf") CsrfTokenParameterProvider csrf) {
        this.csrf = csrf;
    }

    /**
     * The token, or empty where the CSRF filter did not run (an error page for a request rejected before it, such as
     * an oversized body): the page still renders.
     */
    public String value() {
        try {
            String token = csrf.getToken();
            return token == null ? "" : token;
        } catch (RuntimeException e) {
            return "";
        }
    }
}
