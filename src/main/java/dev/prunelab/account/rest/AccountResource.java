package dev.prunelab.account.rest;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.account.AccountService;
import dev.prunelab.account.CurrentLearner;
import dev.prunelab.account.SessionCookieMechanism;
import dev.prunelab.account.Sessions;
import dev.prunelab.account.SignInLimits;
import dev.prunelab.account.User;
import dev.prunelab.web.ClientAddress;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.Overloaded;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Sign up, sign in, sign out, and the account page (settings, export, delete). Every form carries a CSRF token. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AccountResource {

    private static final String DEFAULT_NEXT = "/progress";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signup(Map<String, String> errors, String username, String next);

        static native TemplateInstance login(Map<String, String> errors, String username, String next);

        static native TemplateInstance account(User user, Map<String, String> errors, String notice);
    }

    private final AccountService accounts;
    private final Sessions sessions;
    private final CurrentLearner learner;
    private final SignInLimits limits;

    private final int sessionDays;

    public AccountResource(
            AccountService accounts,
            Sessions sessions,
            CurrentLearner learner,
            SignInLimits limits,
            PruneLabConfig config) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.learner = learner;
        this.limits = limits;
        this.sessionDays = config.security().sessionDays();
    }

    @GET
    @Path("signup")
    public TemplateInstance signupForm(@QueryParam("next") String next) {
        return Templates.signup(Map.of(), "", safeNext(next));
    }

    @POST
    @Path("signup")
    @Produces(MediaType.TEXT_HTML)
    public Response signup(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("timeZone") String timeZone,
            @FormParam("next") String next,
            @Context HttpServerRequest request) {
        String address = ClientAddress.of(request);
        Optional<Duration> wait = limits.signUpBlocked(address);
        if (wait.isPresent()) {
            return refused(
                    429,
                    wait.get().toSeconds(),
                    Templates.signup(Map.of("form", limits.signUpWait(wait.get())), text(username), safeNext(next)));
        }
        try {
            checkNext(next);
            String session = accounts.signUp(username, password, timeZone, learner.guestToken());
            limits.signedUp(address);
            return signedIn(session, next);
        } catch (InvalidInput e) {
            return Response.status(400)
                    .entity(Templates.signup(e.messages(), text(username), safeNext(next)))
                    .build();
        } catch (Overloaded e) {
            return refused(
                    e.status(),
                    e.retryAfterSeconds(),
                    Templates.signup(Map.of("form", e.getMessage()), text(username), safeNext(next)));
        }
    }

    @GET
    @Path("login")
    public TemplateInstance loginForm(@QueryParam("next") String next) {
        return Templates.login(Map.of(), "", safeNext(next));
    }

    @POST
    @Path("login")
    public Response login(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("next") String next,
            @Context HttpServerRequest request) {
        try {
            checkNext(next);
        } catch (InvalidInput e) {
            return Response.status(400)
                    .entity(Templates.login(
                            Map.of("form", e.messages().get("next")), username == null ? "" : username, DEFAULT_NEXT))
                    .build();
        }
        String address = ClientAddress.of(request);
        Optional<Duration> wait = limits.loginBlocked(address, username);
        if (wait.isPresent()) {
            return refused(
                    429,
                    wait.get().toSeconds(),
                    Templates.login(
                            Map.of("form", SignInLimits.loginWait(wait.get())), text(username), safeNext(next)));
        }
        Optional<String> token;
        try {
            token = accounts.logIn(username, password, learner.guestToken());
        } catch (Overloaded e) {
            return refused(
                    e.status(),
                    e.retryAfterSeconds(),
                    Templates.login(Map.of("form", e.getMessage()), text(username), safeNext(next)));
        }
        if (token.isEmpty()) {
            limits.loginFailed(address, username);
            return Response.status(401)
                    .entity(Templates.login(
                            Map.of("form", "Wrong username or password."), text(username), safeNext(next)))
                    .build();
        }
        limits.loginSucceeded(address, username);
        return signedIn(token.get(), next);
    }

    /** The form again with why it was refused, the status and when to retry. */
    private static Response refused(int status, long retryAfterSeconds, TemplateInstance form) {
        return Response.status(status)
                .header("Retry-After", Math.max(1, retryAfterSeconds))
                .entity(form)
                .build();
    }

    private static String text(String field) {
        return field == null ? "" : field;
    }

    private Response signedIn(String sessionToken, String next) {
        learner.setCookie(
                SessionCookieMechanism.COOKIE,
                sessionToken,
                Duration.ofDays(sessionDays).toSeconds());
        learner.setCookie(CurrentLearner.GUEST_COOKIE, "", 0);
        return Response.seeOther(URI.create(safeNext(next))).build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        learner.sessionToken().ifPresent(accounts::logOut);
        learner.setCookie(SessionCookieMechanism.COOKIE, "", 0);
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("account")
    @Authenticated
    public TemplateInstance account(@QueryParam("saved") boolean saved, @QueryParam("changed") String changed) {
        String notice = saved
                ? "Settings saved."
                : "password".equals(changed) ? "Password changed. Every other session has been signed out." : "";
        return Templates.account(User.findById(learner.userId().orElseThrow()), Map.of(), notice);
    }

    @POST
    @Path("account/settings")
    @Authenticated
    public Response settings(@FormParam("timeZone") String timeZone, @FormParam("desiredRetention") String retention) {
        long userId = learner.userId().orElseThrow();
        try {
            accounts.updateSettings(userId, timeZone, retention);
        } catch (InvalidInput e) {
            return Response.status(400)
                    .entity(Templates.account(User.findById(userId), e.messages(), ""))
                    .build();
        }
        return Response.seeOther(URI.create("/account?saved=true")).build();
    }

    @POST
    @Path("account/password")
    @Authenticated
    public Response changePassword(
            @FormParam("currentPassword") String current, @FormParam("newPassword") String replacement) {
        long userId = learner.userId().orElseThrow();
        try {
            accounts.changePassword(
                    userId, current, replacement, learner.sessionToken().orElseThrow());
        } catch (InvalidInput e) {
            return Response.status(400)
                    .entity(Templates.account(User.findById(userId), e.messages(), ""))
                    .build();
        }
        return Response.seeOther(URI.create("/account?changed=password")).build();
    }

    /** Signs out everywhere: every session of this user ends, this one too. */
    @POST
    @Path("account/sessions/end")
    @Authenticated
    public Response signOutEverywhere() {
        sessions.endAll(learner.userId().orElseThrow());
        learner.setCookie(SessionCookieMechanism.COOKIE, "", 0);
        return Response.seeOther(URI.create("/login?next=%2Faccount")).build();
    }

    @GET
    @Path("account/export")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Response export() {
        return Response.ok(accounts.export(learner.userId().orElseThrow()))
                .header("Content-Disposition", "attachment; filename=\"prunelab-export.json\"")
                .build();
    }

    @POST
    @Path("account/delete")
    @Authenticated
    public Response delete(@FormParam("confirm") String confirm) {
        long userId = learner.userId().orElseThrow();
        User user = User.findById(userId);
        if (confirm == null || !confirm.strip().equals(user.username)) {
            return Response.status(400)
                    .entity(Templates.account(
                            user, Map.of("confirm", "Type your username, " + user.username + ", to confirm."), ""))
                    .build();
        }
        accounts.delete(userId);
        learner.setCookie(SessionCookieMechanism.COOKIE, "", 0);
        return Response.seeOther(URI.create("/?deleted=true")).build();
    }

    /** Only local paths are followed after signing in, so the form cannot be used to redirect elsewhere. */
    static String safeNext(String next) {
        return isLocalPath(next) ? next : DEFAULT_NEXT;
    }

    /**
     * A posted {@code next} that is not a local path was not made by the sign-in pages (they only carry safe ones), so
     * it is refused before anything is created rather than silently replaced.
     */
    private static void checkNext(String next) {
        if (next != null && !next.isEmpty() && !isLocalPath(next)) {
            throw InvalidInput.of(
                    "next",
                    "The page to go to afterwards must be a path on this site, such as /progress, without spaces.");
        }
    }

    private static boolean isLocalPath(String next) {
        return next != null
                && next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && next.length() < 500
                && next.chars().noneMatch(c -> c <= ' ' || c == 0x7f)
                && isUri(next);
    }

    private static boolean isUri(String path) {
        try {
            URI.create(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
