package dev.prunelab.web;

import static dev.prunelab.web.HostileInput.SQL;
import static dev.prunelab.web.HostileInput.XSS;
import static dev.prunelab.web.HostileInput.assertInert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile input in every kind of field: rendered inert, harmless to the database, refused with a 4xx — never a 5xx. */
@QuarkusTest
class SecuritySuiteTest {

    @Test
    void xssInAPractiseAnswerIsRenderedInert() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        String answer = String.join("\n\n", XSS) + "\n\n"
                + "Pruning removes weights with small magnitude and we fine-tune after it. ".repeat(8);
        Response submitted =
                browser.submit("/practice/model-pruning", "/practice/model-pruning", Map.of("answer", answer));
        assertThat(submitted.statusCode()).isLessThan(500);
        String location = submitted.getHeader("Location");
        Response page = location == null ? submitted : browser.get(location);
        assertThat(page.statusCode()).isEqualTo(200);
        assertInert(page.asString());
        Response workspace = browser.get("/practice/model-pruning");
        assertThat(workspace.statusCode()).isEqualTo(200);
        assertInert(workspace.asString());
        Response preview = browser.postJson("/api/practice/preview", Map.of("markdown", String.join("\n\n", XSS)));
        assertThat(preview.statusCode()).isLessThan(500);
        assertInert(preview.asString());
    }

    @Test
    void xssInFormFieldsIsEscapedInErrorMessages() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        for (String payload : XSS) {
            Response settings = browser.submit(
                    "/account", "/account/settings", Map.of("timeZone", payload, "desiredRetention", payload));
            assertThat(settings.statusCode()).isEqualTo(400);
            assertInert(settings.asString());
            Response search = browser.get("/search?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
            assertThat(search.statusCode()).isEqualTo(200);
            assertInert(search.asString());
            Response signup =
                    new Browser().submit("/signup", "/signup", Map.of("username", payload, "password", payload));
            assertThat(signup.statusCode()).isEqualTo(400);
            assertInert(signup.asString());
        }
    }

    @Test
    void sqlInjectionStringsAreJustText() {
        Browser browser = new Browser();
        String name = AccountFlowTestSupport.signUp(browser);
        assertThat(new Browser()
                        .submit("/login", "/login", Map.of("username", SQL, "password", SQL))
                        .statusCode())
                .isEqualTo(401);
        assertThat(new Browser()
                        .submit("/login", "/login", Map.of("username", name + "' --", "password", "x"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(browser.get("/search?q=" + URLEncoder.encode(SQL, StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser.request()
                        .get("/api/lessons/" + URLEncoder.encode(SQL, StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(404);
        // the users table is still there: the account still works
        browser.get("/account").then().statusCode(200);
    }

    @Test
    void pathTraversalInContentIdsIsRefused() {
        for (String path : List.of(
                "/learn/..%2F..%2Fpom.xml",
                "/learn/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/api/lessons/..%2Fquestions%2Fmodel-pruning",
                "/questions/..%2F..%2FREADME.md",
                "/lab/presets/..%2F..%2Fapplication.properties",
                "/learn/../../../etc/passwd")) {
            Response response = new Browser().get(path);
            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertThat(response.asString())
                    .as(path)
                    .doesNotContain("root:x:0:0")
                    .doesNotContain("quarkus.datasource");
        }
    }

    @Test
    void malformedAndOversizedJsonGetProblemJson4xx() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        for (String path : List.of(
                "/api/feedback",
                "/api/experiments",
                "/api/practice/questions/model-pruning/attempts",
                "/api/cards/what-is-pruning-c1/review")) {
            Response malformed = browser.postJson(path, "{\"answer\": ");
            assertThat(malformed.statusCode()).as(path).isBetween(400, 499);
            assertThat(malformed.getContentType()).as(path).startsWith("application/problem+json");
            Response wrongType = browser.postJson(path, "[1,2,3]");
            assertThat(wrongType.statusCode()).as(path).isBetween(400, 499);
            assertThat(wrongType.getContentType()).as(path).startsWith("application/problem+json");
        }
        Response huge = browser.postJson(
                "/api/feedback", "{\"question\":\"model-pruning\",\"answer\":\"" + "a".repeat(2_000_000) + "\"}");
        assertThat(huge.statusCode()).isBetween(400, 499);
    }
}
