package dev.prunelab.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.prunelab.Browser;
import dev.prunelab.account.rest.AccountResourceAccess;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountFlowTest {

    static final String PASSWORD = "correct horse battery";

    static String uniqueName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Signs a new user up in the given browser and returns the username. */
    static String signUp(Browser browser) {
        String name = uniqueName();
        Response response = browser.submit(
                "/signup", "/signup", Map.of("username", name, "password", PASSWORD, "timeZone", "Europe/Berlin"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(303);
        return name;
    }

    @Test
    void signUpSignsInAndShowsTheAccount() {
        Browser browser = new Browser();
        String name = signUp(browser);
        assertThat(browser.hasCookie(SessionCookieMechanism.COOKIE)).isTrue();
        browser.get("/account")
                .then()
                .statusCode(200)
                .body(containsString(name))
                .body(containsString("Europe/Berlin"));
        browser.get("/").then().body(containsString("Sign out"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
        Browser browser = new Browser();
        browser.get("/signup");
        Response response = browser.post("/signup", Map.of("username", uniqueName(), "password", PASSWORD), true);
        String setCookie = response.getHeaders().getValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(SessionCookieMechanism.COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie)
                .containsIgnoringCase("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Path=/");
    }

    @Test
    void takenUsernameAndWeakPasswordGetClearErrors() {
        Browser first = new Browser();
        String name = signUp(first);
        Browser second = new Browser();
        second.submit("/signup", "/signup", Map.of("username", name, "password", PASSWORD))
                .then()
                .statusCode(400)
                .body(containsString("That username is taken. Choose another."));
        second.submit("/signup", "/signup", Map.of("username", uniqueName(), "password", "short"))
                .then()
                .statusCode(400)
                .body(containsString("Password is too weak: use at least 10 characters."));
        second.submit("/signup", "/signup", Map.of("username", uniqueName(), "password", "aaaaaaaaaaaa"))
                .then()
                .statusCode(400)
                .body(containsString("Password is too weak: it would be guessed in"));
        second.submit("/signup", "/signup", Map.of("username", "Bad Name!", "password", PASSWORD))
                .then()
                .statusCode(400)
                .body(containsString("Username must be 3–32 characters"));
    }

    @Test
    void logInAndLogOut() {
        Browser browser = new Browser();
        String name = signUp(browser);
        browser.submit("/account", "/logout", Map.of()).then().statusCode(303);
        assertThat(browser.hasCookie(SessionCookieMechanism.COOKIE)).isFalse();
        browser.get("/account").then().statusCode(302).header("Location", containsString("/login?next=%2Faccount"));

        browser.submit("/login", "/login", Map.of("username", name, "password", PASSWORD, "next", "/account"))
                .then()
                .statusCode(303)
                .header("Location", containsString("/account"));
        browser.get("/account").then().statusCode(200).body(containsString(name));
    }

    @Test
    void loggedOutSessionTokenNoLongerWorks() {
        Browser browser = new Browser();
        signUp(browser);
        String token = browser.cookie(SessionCookieMechanism.COOKIE);
        browser.submit("/account", "/logout", Map.of());
        new Browser()
                .request()
                .cookie(SessionCookieMechanism.COOKIE, token)
                .get("/account")
                .then()
                .statusCode(302);
    }

    @Test
    void wrongCredentialsDoNotSayWhichPartWasWrong() {
        Browser browser = new Browser();
        String name = signUp(browser);
        Browser other = new Browser();
        String wrongPassword = other.submit(
                        "/login", "/login", Map.of("username", name, "password", "not the password"))
                .then()
                .statusCode(401)
                .extract()
                .asString();
        String unknownUser = other.submit("/login", "/login", Map.of("username", uniqueName(), "password", PASSWORD))
                .then()
                .statusCode(401)
                .extract()
                .asString();
        assertThat(wrongPassword).contains("Wrong username or password.");
        assertThat(unknownUser).contains("Wrong username or password.");
    }

    @Test
    void loginAttemptsAreRateLimited() {
        Browser browser = new Browser();
        String name = signUp(browser);
        Browser attacker = new Browser();
        for (int i = 0; i < 5; i++) {
            attacker.submit("/login", "/login", Map.of("username", name, "password", "guess number " + i))
                    .then()
                    .statusCode(401);
        }
        attacker.submit("/login", "/login", Map.of("username", name, "password", PASSWORD))
                .then()
                .statusCode(429)
                .header("Retry-After", Matchers.notNullValue())
                .body(containsString("Too many sign-in attempts. Try again in"));
    }

    @Test
    void formsWithoutAValidCsrfTokenAreRefused() {
        Browser browser = new Browser();
        browser.get("/signup");
        Response missing = browser.post("/signup", Map.of("username", uniqueName(), "password", PASSWORD), false);
        assertThat(missing.statusCode()).isEqualTo(403);
        Response forged = browser.post(
                "/signup", Map.of("username", uniqueName(), "password", PASSWORD, "csrf-token", "forged"), false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.hasCookie(SessionCookieMechanism.COOKIE)).isFalse();
    }

    @Test
    void settingsAreValidated() {
        Browser browser = new Browser();
        signUp(browser);
        browser.submit("/account", "/account/settings", Map.of("timeZone", "Mars/Olympus", "desiredRetention", "1.5"))
                .then()
                .statusCode(400)
                .body(containsString("Time zone must be a region name such as Europe/Berlin or UTC."))
                .body(containsString("Desired retention must be a number from 0.70 to 0.99."));
        browser.submit("/account", "/account/settings", Map.of("timeZone", "Asia/Tokyo", "desiredRetention", "0.85"))
                .then()
                .statusCode(303);
        browser.get("/account").then().body(containsString("Asia/Tokyo")).body(containsString("0.85"));
    }

    @Test
    void exportAndDeleteAccount() {
        Browser browser = new Browser();
        String name = signUp(browser);
        browser.request().get("/api/account/export").then().statusCode(200).body("username", Matchers.equalTo(name));
        browser.submit("/account", "/account/delete", Map.of("confirm", "someone-else"))
                .then()
                .statusCode(400)
                .body(containsString("Type your username, " + name + ", to confirm."));
        browser.submit("/account", "/account/delete", Map.of("confirm", name))
                .then()
                .statusCode(303);
        browser.get("/account").then().statusCode(302);
        new Browser()
                .submit("/login", "/login", Map.of("username", name, "password", PASSWORD))
                .then()
                .statusCode(401);
    }

    @Test
    void apiNeedsSignInAndAnswersProblemJson() {
        new Browser().request().get("/api/account/export").then().statusCode(401);
    }

    @Test
    void nextParameterCannotRedirectOffSite() {
        assertThat(AccountResourceAccess.safeNext("https://evil.example/")).isEqualTo("/progress");
        assertThat(AccountResourceAccess.safeNext("//evil.example")).isEqualTo("/progress");
        assertThat(AccountResourceAccess.safeNext("/learn/schedules")).isEqualTo("/learn/schedules");
    }

    @Test
    void onlyAdministratorsSeeOperatorFigures() {
        Browser user = new Browser();
        signUp(user);
        user.request().get("/api/admin/stats").then().statusCode(403).contentType("application/problem+json");
        new Browser().request().get("/api/admin/stats").then().statusCode(401);
        Browser admin = AccountFlowTestSupport.admin();
        admin.request().get("/api/admin/stats").then().statusCode(200).body("users", Matchers.greaterThan(0));
    }
}
