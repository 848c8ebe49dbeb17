package dev.prunelab.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        for (String path :
                List.of("/", "/learn/schedules", "/api/lessons", "/no-such-page", "/api/nope", "/css/app.css")) {
            given().when()
                    .get(path)
                    .then()
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
        }
    }

    @Test
    void pagesContainNoInlineScript() {
        for (String path : List.of(
                "/",
                "/learn",
                "/learn/foundations-math",
                "/search?q=lottery",
                "/signup",
                "/login",
                "/progress",
                "/progress/cards",
                "/learn/schedules/quiz")) {
            String html =
                    given().when().get(path).then().statusCode(200).extract().asString();
            // every <script> either loads a file or carries JSON data; none has code inline or an on* handler
            Assertions.assertThat(html.replaceAll("<script( type=\"module\")? src=\"[^\"]+\"( defer)?></script>", "")
                            .replaceAll("(?s)<script type=\"application/json\"[^>]*>.*?</script>", ""))
                    .as(path)
                    .doesNotContain("<script")
                    .doesNotContainPattern(" on[a-z]+=\"");
        }
    }
}
