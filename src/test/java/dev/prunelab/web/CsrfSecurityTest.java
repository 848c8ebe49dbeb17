package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Unsafe requests to pages need the form's CSRF token whatever their content type, and come from this site only
 * ({@code Origin}, {@code Sec-Fetch-Site}); the JSON API takes JSON bodies only.
 */
@QuarkusTest
class CsrfSecurityTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String FOREIGN_ORIGIN = "https://evil.example";

    private static String ownOrigin() {
        return "http://localhost:" + RestAssured.port;
    }

    private static long startSoloInterview(Browser browser) {
        String location = browser.submit("/interview", "/interview/solo", Map.of("minutes", "15"))
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static int hintsTaken(Browser browser, long id) {
        return browser.request()
                .get("/api/interviews/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("turns[0].hints.size()");
    }

    private static void assertStillSignedIn(Browser browser) {
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aTextPlainPostIsRefusedAndChangesNothing() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        long id = startSoloInterview(browser);
        for (String action : new String[] {"/interview/" + id + "/hint", "/interview/" + id + "/finish", "/logout"}) {
            Response response = browser.call(
                    r -> r.contentType("text/plain").body("csrf-token=x").post(action));
            assertThat(response.statusCode()).as(action).isBetween(400, 499);
        }
        assertThat(hintsTaken(browser, id)).isZero();
        assertThat(browser.request().get("/api/interviews/" + id).path("status").toString())
                .isNotEqualTo("finished");
        assertStillSignedIn(browser);
    }

    @Test
    void aPostWithoutContentTypeIsRefused() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        long id = startSoloInterview(browser);
        Response hint = browser.call(r -> r.noContentType().post("/interview/" + id + "/hint"));
        assertThat(hint.statusCode()).isBetween(400, 499);
        Response logout = browser.call(r -> r.noContentType().post("/logout"));
        assertThat(logout.statusCode()).isBetween(400, 499);
        assertThat(hintsTaken(browser, id)).isZero();
        assertStillSignedIn(browser);
    }

    /** Signs out with the form's valid token, sending one request header as another site's page would make it. */
    private static Response signOutWithHeader(Browser browser, String header, String value) {
        String token = tokenOf(browser.get("/account"));
        return browser.call(r -> r.header(header, value)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token)
                .post("/logout"));
    }

    @Test
    void aFormWithItsTokenFromAForeignOriginIsRefused() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        Response response = signOutWithHeader(browser, "Origin", FOREIGN_ORIGIN);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.asString()).contains("another origin");
        assertThat(signOutWithHeader(browser, "Origin", "null").statusCode()).isEqualTo(403);
        assertStillSignedIn(browser);
    }

    @Test
    void aCrossSiteFetchIsRefusedEvenWithTheToken() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        assertThat(signOutWithHeader(browser, "Sec-Fetch-Site", "cross-site").statusCode())
                .isEqualTo(403);
        assertStillSignedIn(browser);
    }

    @Test
    void formsPostedFromTheSiteStillWork() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        long id = startSoloInterview(browser);
        String token = tokenOf(browser.get("/interview/" + id));
        Response hint = browser.call(r -> r.header("Origin", ownOrigin())
                .header("Sec-Fetch-Site", "same-origin")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token)
                .post("/interview/" + id + "/hint"));
        assertThat(hint.statusCode()).isEqualTo(303);
        assertThat(hintsTaken(browser, id)).isOne();
        Response logout = browser.call(r -> r.header("Origin", ownOrigin())
                .header("Sec-Fetch-Site", "same-origin")
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token)
                .post("/logout"));
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void theApiTakesOnlyJsonAndOnlyFromThisSite() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        Response text = browser.call(r -> r.contentType("text/plain")
                .body("{\"question\":\"model-pruning\",\"answer\":\"x\"}")
                .post("/api/feedback"));
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.getContentType()).startsWith(Problem.MEDIA_TYPE);
        Response form = browser.call(r -> r.contentType("application/x-www-form-urlencoded")
                .formParam("a", "b")
                .post("/api/feedback"));
        assertThat(form.statusCode()).isEqualTo(415);
        Response crossSite = browser.call(r -> r.header("Sec-Fetch-Site", "cross-site")
                .contentType("application/json")
                .body(Map.of("question", "model-pruning", "answer", "Pruning removes weights."))
                .post("/api/feedback"));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.getContentType()).startsWith(Problem.MEDIA_TYPE);
        Response foreign = browser.call(r -> r.header("Origin", FOREIGN_ORIGIN)
                .contentType("application/json")
                .body(Map.of("question", "model-pruning", "answer", "Pruning removes weights."))
                .post("/api/feedback"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        Response json = browser.call(r -> r.header("Origin", ownOrigin())
                .contentType("application/json")
                .body(Map.of("question", "model-pruning", "answer", "Pruning removes weights."))
                .post("/api/feedback"));
        assertThat(json.statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingTokenGetsARetryPageKeepingWhatWasTyped() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        browser.get("/account");
        String typed = "Asia/Tokyo\"><script>alert(1)</script>";
        Response refused =
                browser.post("/account/settings", Map.of("timeZone", typed, "desiredRetention", "0.85"), false);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("text/html");
        String page = refused.asString();
        assertThat(page)
                .contains("Send the form again")
                .contains("action=\"/account/settings\"")
                .contains("Asia/Tokyo&quot;&gt;&lt;script&gt;")
                .doesNotContain("<script>alert(1)</script>");
        String fresh = tokenOf(refused);
        assertThat(browser.cookie("prunelab_csrf")).isEqualTo(fresh);
        Response resent = browser.call(r -> r.contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", fresh)
                .formParam("timeZone", "Asia/Tokyo")
                .formParam("desiredRetention", "0.85")
                .post("/account/settings"));
        assertThat(resent.statusCode()).isEqualTo(303);
        assertThat(browser.get("/account").asString()).contains("Asia/Tokyo");
    }

    @Test
    void anExpiredTokenCookieGetsTheRetryPageWithoutEchoingPasswords() {
        Response refused = RestAssured.given()
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "stale-token-from-yesterday")
                .formParam("username", "someone")
                .formParam("password", "a secret typed here")
                .formParam("next", "/progress")
                .post("/login");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString())
                .contains("value=\"someone\"")
                .doesNotContain("a secret typed here")
                .contains("<input type=\"hidden\" name=\"next\" value=\"/progress\">")
                .doesNotContain(">next</label>");
    }

    @Test
    void theTokenCookieOutlivesAStudySession() {
        Cookie cookie = RestAssured.given().get("/signup").detailedCookie("prunelab_csrf");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).isGreaterThanOrEqualTo(12 * 3600L);
    }

    private static String tokenOf(Response page) {
        Matcher m = TOKEN.matcher(page.asString());
        assertThat(m.find()).as("a CSRF field on the page").isTrue();
        return m.group(1);
    }
}
