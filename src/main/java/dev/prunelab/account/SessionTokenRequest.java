package dev.prunelab.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to authenticate by the token in the session cookie. */
public final class SessionTokenRequest extends BaseAuthenticationRequest {
    private final String token;

    public SessionTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
