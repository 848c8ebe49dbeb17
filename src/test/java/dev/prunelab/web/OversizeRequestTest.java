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
        Response json = browser.postJson(
                "/api/practice/questions/model-pruning/attempts", "{\"answer\":\"" + "y".repeat(1_100_000) + "\"}");
        assertThat(json.statusCode()).isBetween(400, 499);
    }
}
