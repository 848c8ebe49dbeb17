package dev.prunelab.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class MetricsTest {

    /** The token the test profile sets ({@code %test.prunelab.metrics.token}). */
    public static final String TOKEN = "test-metrics-token";

    /** A request that may read {@code /q/metrics}. */
    public static RequestSpecification scrape() {
        return given().header("Authorization", "Bearer " + TOKEN);
    }

    @Test
    void prometheusEndpointReportsHttpLatency() {
        given().when().get("/learn").then().statusCode(200);
        scrape().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/learn\""));
    }

    @Test
    void metricsAreNotPublic() {
        given().get("/q/metrics").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong").get("/q/metrics").then().statusCode(401);
        given().header("Authorization", "Bearer " + TOKEN + "x")
                .get("/q/metrics/")
                .then()
                .statusCode(401);
    }

    @Test
    void unmatchedRoutesShareOneUriTag() {
        for (int i = 0; i < 25; i++) {
            String probe = "/probe-" + UUID.randomUUID();
            given().get(probe).then().statusCode(404);
            given().post("/api/" + probe).then().statusCode(404);
        }
        String metrics =
                scrape().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain("probe-");
        Set<String> notFoundUris = new TreeSet<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*status=\"404\"[^}]*uri=\"([^\"]*)\"")
                .matcher(metrics);
        while (m.find()) {
            notFoundUris.add(m.group(1));
        }
        // Matched routes keep their templates (an unknown id); every unmatched path is counted under one value.
        assertThat(notFoundUris).contains("NOT_FOUND").noneMatch(uri -> uri.contains("probe"));
    }
}
