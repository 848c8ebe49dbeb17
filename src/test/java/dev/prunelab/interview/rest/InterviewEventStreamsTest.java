package dev.prunelab.interview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.account.SessionCookieMechanism;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One learner keeps at most 6 live event streams open; the seventh is refused with 429 until one closes. */
@QuarkusTest
class InterviewEventStreamsTest {

    private static final int STREAMS_PER_LEARNER = 6;

    @TestHTTPResource("/")
    URL base;

    @Test
    void theSeventhOpenStreamOfALearnerGets429() throws Exception {
        Browser user = new Browser();
        AccountFlowTestSupport.signUp(user);
        long id = user.postJson("/api/interviews", Map.of("mode", "solo", "minutes", 15))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        HttpRequest events = HttpRequest.newBuilder(URI.create(base + "api/interviews/" + id + "/events"))
                .header("Cookie", SessionCookieMechanism.COOKIE + "=" + user.cookie(SessionCookieMechanism.COOKIE))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpResponse<Stream<String>>> open = new ArrayList<>();
        try {
            for (int i = 0; i < STREAMS_PER_LEARNER; i++) {
                HttpResponse<Stream<String>> stream = client.send(events, HttpResponse.BodyHandlers.ofLines());
                assertThat(stream.statusCode()).isEqualTo(200);
                open.add(stream);
            }

            HttpResponse<String> refused = client.send(events, HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("At most 6 live event streams");
        } finally {
            open.forEach(stream -> stream.body().close());
        }
    }
}
