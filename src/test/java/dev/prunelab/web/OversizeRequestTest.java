package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OversizeRequestTest {

    @Test
    void anOversizedFormGetsA4xxNeverA500EvenWhenSignedIn() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        Response response = browser.submit(
                "/practice/model-pruning", "/practice/model-pruning", Map.of("answer", "x".repeat(150_000)));
        assertThat(response.statusCode()).isBetween(400, 499);
        Response json = browser.request()
                .contentType("application/json")
                .body("{\"answer\":\"" + "y".repeat(1_100_000) + "\"}")
                .post("/api/practice/questions/model-pruning/attempts");
        assertThat(json.statusCode()).isBetween(400, 499);
    }
}
