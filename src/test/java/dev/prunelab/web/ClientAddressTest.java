package dev.prunelab.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy the app is told about, the rate limits count the client's address from the proxy's header, not the
 * proxy's own: two clients behind one proxy each get their allowance.
 */
@QuarkusTest
@TestProfile(ClientAddressTest.BehindAProxy.class)
class ClientAddressTest {

    private static final String FIRST_CLIENT = "203.0.113.7";
    private static final String SECOND_CLIENT = "198.51.100.23";
    private static final Map<String, String> ANSWER =
            Map.of("question", "model-pruning", "answer", "Pruning removes weights that matter least.");

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "prunelab.practice.feedback-requests", "1");
        }
    }

    private static int feedbackStatusFor(String client) {
        return given().header("X-Forwarded-For", client)
                .contentType(ContentType.JSON)
                .body(ANSWER)
                .post("/api/feedback")
                .statusCode();
    }

    @Test
    void eachClientBehindTheProxyIsCountedByItsOwnAddress() {
        assertThat(feedbackStatusFor(FIRST_CLIENT)).isEqualTo(200);
        assertThat(feedbackStatusFor(FIRST_CLIENT))
                .as("the first client's allowance is used")
                .isEqualTo(429);
        assertThat(feedbackStatusFor(SECOND_CLIENT))
                .as("the second client behind the same proxy still has its own")
                .isEqualTo(200);
    }
}
