package dev.prunelab.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.prunelab.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sessions end when idle, are purged once ended, can all be signed out, and end elsewhere on a password change. */
@QuarkusTest
class SessionSecurityTest {

    private static final String NEW_PASSWORD = "violet staple orbit lantern";

    @Inject
    Sessions sessions;

    private static AuthSession sessionOf(Browser browser) {
        String hash = Tokens.hash(browser.cookie(SessionCookieMechanism.COOKIE));
        return QuarkusTransaction.requiringNew().call(() -> AuthSession.findById(hash));
    }

    private static void setLastSeen(Browser browser, Instant when) {
        String hash = Tokens.hash(browser.cookie(SessionCookieMechanism.COOKIE));
        QuarkusTransaction.requiringNew()
                .run(() -> AuthSession.update("lastSeenAt = ?1 where tokenHash = ?2", when, hash));
    }

    private static Browser signIn(String name, String password) {
        Browser browser = new Browser();
        browser.submit("/login", "/login", Map.of("username", name, "password", password))
                .then()
                .statusCode(303);
        return browser;
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutEnds() {
        Browser browser = new Browser();
        AccountFlowTest.signUp(browser);
        setLastSeen(browser, Instant.now().minus(Duration.ofDays(15)));
        browser.get("/account").then().statusCode(302);
    }

    @Test
    void eachUseRestartsTheIdleClock() {
        Browser browser = new Browser();
        AccountFlowTest.signUp(browser);
        setLastSeen(browser, Instant.now().minus(Duration.ofDays(13)));
        browser.get("/account").then().statusCode(200);
        assertThat(sessionOf(browser).lastSeenAt).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
    }

    @Test
    void endedSessionsArePurged() {
        Browser idle = new Browser();
        AccountFlowTest.signUp(idle);
        Browser live = new Browser();
        AccountFlowTest.signUp(live);
        setLastSeen(idle, Instant.now().minus(Duration.ofDays(20)));
        assertThat(sessions.purgeEnded()).isPositive();
        assertThat(sessionOf(idle)).isNull();
        assertThat(sessionOf(live)).isNotNull();
    }

    @Test
    void signOutEverywhereEndsEverySessionOfTheUser() {
        Browser laptop = new Browser();
        String name = AccountFlowTest.signUp(laptop);
        Browser phone = signIn(name, AccountFlowTest.PASSWORD);
        Browser someoneElse = new Browser();
        AccountFlowTest.signUp(someoneElse);
        laptop.submit("/account", "/account/sessions/end", Map.of()).then().statusCode(303);
        laptop.get("/account").then().statusCode(302);
        phone.get("/account").then().statusCode(302);
        someoneElse.get("/account").then().statusCode(200);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        Browser laptop = new Browser();
        String name = AccountFlowTest.signUp(laptop);
        Browser phone = signIn(name, AccountFlowTest.PASSWORD);
        laptop.submit(
                        "/account",
                        "/account/password",
                        Map.of("currentPassword", "not my password", "newPassword", NEW_PASSWORD))
                .then()
                .statusCode(400)
                .body(containsString("Your current password is not right."));
        laptop.submit(
                        "/account",
                        "/account/password",
                        Map.of("currentPassword", AccountFlowTest.PASSWORD, "newPassword", "password123"))
                .then()
                .statusCode(400)
                .body(containsString("Password is too weak"));
        phone.get("/account").then().statusCode(200);
        String changed = laptop.submit(
                        "/account",
                        "/account/password",
                        Map.of("currentPassword", AccountFlowTest.PASSWORD, "newPassword", NEW_PASSWORD))
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        laptop.get(changed).then().statusCode(200).body(containsString("Password changed"));
        phone.get("/account").then().statusCode(302);
        new Browser()
                .submit("/login", "/login", Map.of("username", name, "password", AccountFlowTest.PASSWORD))
                .then()
                .statusCode(401);
        signIn(name, NEW_PASSWORD).get("/account").then().statusCode(200);
    }
}
