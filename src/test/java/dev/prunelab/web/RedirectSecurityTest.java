package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Redirects are relative when no base URL is configured: a forged Host header never comes back in a Location. */
@QuarkusTest
class RedirectSecurityTest {

    @Test
    void aRedirectNeverCarriesTheHostHeader() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        browser.get("/interview");
        Response solo = browser.call(r -> r.header("Host", "evil.example")
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", browser.cookie("prunelab_csrf"))
                .formParam("minutes", "15")
                .post("/interview/solo"));
        assertThat(solo.statusCode()).isEqualTo(303);
        assertThat(solo.getHeader("Location")).startsWith("/interview/").doesNotContain("evil.example");
    }
}
