package dev.prunelab.interview.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.account.CurrentLearner;
import dev.prunelab.practice.SampleAnswers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** A pair session: an interviewer and a candidate in two browsers, live events, roles and access control. */
@QuarkusTest
class PairInterviewFlowTest {

    static final String NOTES = "Strong on math; never mentioned latency.";

    @TestHTTPResource("/")
    URL base;

    record Pair(long id, String joinPath, Browser interviewer, Browser candidate) {}

    static Pair startAndJoin() {
        Browser interviewer = new Browser();
        AccountFlowTestSupport.signUp(interviewer);
        JsonPath created = interviewer
                .postJson("/api/interviews", Map.of("mode", "pair", "minutes", 30))
                .then()
                .statusCode(201)
                .body("status", equalTo("waiting"))
                .body("role", equalTo("interviewer"))
                .body("turns", hasSize(0))
                .extract()
                .jsonPath();
        long id = created.getLong("id");
        String joinPath = created.getString("joinPath");
        interviewer
                .get("/interview/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Invite the candidate"))
                .body(containsString(joinPath));
        Browser candidate = new Browser();
        candidate.get(joinPath).then().statusCode(200).body(containsString("Join as the candidate"));
        candidate
                .post(joinPath, Map.of(), true)
                .then()
                .statusCode(303)
                .header("Location", containsString("/interview/" + id));
        assertThat(candidate.hasCookie(CurrentLearner.GUEST_COOKIE)).isTrue();
        return new Pair(id, joinPath, interviewer, candidate);
    }

    @Test
    void interviewerAndCandidateRunASessionAndShareTheReport() {
        Pair pair = startAndJoin();
        long id = pair.id();
        pair.candidate()
                .get("/interview/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Describe model pruning in depth"))
                .body(containsString("you are the candidate"))
                .body(not(containsString("Rubric")))
                .body(not(containsString("Private notes")));
        pair.interviewer()
                .get("/interview/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Follow-up bank"))
                .body(containsString("Rubric"))
                .body(containsString("Private notes"))
                .body(containsString("The candidate is answering"));

        pair.interviewer()
                .postJson("/api/interviews/" + id + "/follow-ups", Map.of("followUp", "fu-gpu-speedup"))
                .then()
                .statusCode(409);
        pair.candidate()
                .postJson(
                        "/api/interviews/" + id + "/answers",
                        Map.of("answer", SampleAnswers.body(SampleAnswers.MATH_NO_EVALUATION)))
                .then()
                .statusCode(200)
                .body("turns[0].feedback", nullValue())
                .body("turns[0].score", nullValue())
                .body("suggestions", hasSize(0));

        JsonPath interviewerView = pair.interviewer()
                .request()
                .get("/api/interviews/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(interviewerView.getString("suggestions[0].followUpId")).isEqualTo("fu-evaluate-pruned");
        // the engine's judgement waits until the interviewer has scored
        assertThat(interviewerView.getBoolean("engineHidden")).isTrue();
        assertThat(interviewerView.getMap("turns[0].feedback")).isNull();
        pair.candidate()
                .postJson("/api/interviews/" + id + "/follow-ups", Map.of("followUp", "fu-gpu-speedup"))
                .then()
                .statusCode(403);
        pair.interviewer()
                .postJson("/api/interviews/" + id + "/follow-ups", Map.of("followUp", "fu-nope"))
                .then()
                .statusCode(400)
                .body("errors.field", Matchers.hasItem("followUp"));
        pair.interviewer().get("/interview/" + id);
        pair.interviewer()
                .post("/interview/" + id + "/ask", Map.of("followUp", "fu-evaluate-pruned"), true)
                .then()
                .statusCode(303);
        pair.candidate()
                .get("/interview/" + id)
                .then()
                .body(containsString("How do you know the pruned model is as good"));

        pair.interviewer()
                .putJson(
                        "/api/interviews/" + id + "/scores",
                        Map.of("scores", Map.of("foundations", 4, "evaluation", 1), "notes", NOTES))
                .then()
                .statusCode(200)
                .body("privateNotes", equalTo(NOTES))
                .body("engineHidden", equalTo(false))
                .body("turns[0].feedback.overall", Matchers.greaterThan(0f));
        pair.interviewer()
                .putJson("/api/interviews/" + id + "/scores", Map.of("scores", Map.of("evaluation", 5)))
                .then()
                .statusCode(400)
                .body("errors.field", Matchers.hasItem("scores.evaluation"));
        pair.candidate()
                .putJson("/api/interviews/" + id + "/scores", Map.of("scores", Map.of("evaluation", 4)))
                .then()
                .statusCode(403);
        pair.candidate()
                .request()
                .get("/api/interviews/" + id)
                .then()
                .body("privateNotes", nullValue())
                .body("interviewerScores.size()", equalTo(0))
                .body("joinPath", nullValue());
        pair.candidate().postJson("/api/interviews/" + id + "/finish").then().statusCode(403);

        pair.interviewer()
                .postJson("/api/interviews/" + id + "/finish")
                .then()
                .statusCode(200)
                .body("interviewerOverall", equalTo(2.5f))
                .body("overall", equalTo(2.5f))
                .body("dimensions.find { it.id == 'foundations' }.interviewer", equalTo(4));
        pair.candidate()
                .get("/interview/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Mock interview report"))
                .body(containsString("Interviewer (1–4)"))
                .body(not(containsString(NOTES)));
        pair.interviewer().get("/interview/" + id).then().statusCode(200).body(containsString(NOTES));
        pair.candidate().request().get("/api/interviews/" + id).then().body("turns[0].feedback.scored", equalTo(true));
    }

    @Test
    void onlyTheTwoParticipantsCanSeeOrJoinTheSession() {
        Pair pair = startAndJoin();
        long id = pair.id();
        for (Browser outsider : new Browser[] {new Browser(), signedUp()}) {
            outsider.get(pair.joinPath()).then().statusCode(404);
            outsider.submit("/interview", pair.joinPath(), Map.of()).then().statusCode(404);
            outsider.postJson("/api/interviews" + pair.joinPath().replace("/interview", ""))
                    .then()
                    .statusCode(404);
            outsider.get("/interview/" + id).then().statusCode(404);
            outsider.request().get("/api/interviews/" + id).then().statusCode(404);
            outsider.request().get("/api/interviews/" + id + "/events").then().statusCode(404);
            outsider.postJson("/api/interviews/" + id + "/answers", Map.of("answer", "hijack"))
                    .then()
                    .statusCode(404);
            outsider.postJson("/api/interviews/" + id + "/follow-ups", Map.of("followUp", "fu-gpu-speedup"))
                    .then()
                    .statusCode(404);
            outsider.putJson("/api/interviews/" + id + "/scores", Map.of("scores", Map.of("evaluation", 1)))
                    .then()
                    .statusCode(404);
            outsider.postJson("/api/interviews/" + id + "/finish").then().statusCode(404);
            outsider.postJson("/api/interviews/" + id + "/hints").then().statusCode(404);
            outsider.request().get("/api/interviews/" + id + "/report").then().statusCode(404);
            for (String action : new String[] {"answer", "hint", "ask", "scores", "finish"}) {
                outsider.submit(
                                "/interview",
                                "/interview/" + id + "/" + action,
                                Map.of("answer", "x", "followUp", "fu-gpu-speedup"))
                        .then()
                        .statusCode(404);
            }
        }
        pair.candidate().get(pair.joinPath()).then().statusCode(200);
        pair.interviewer().post(pair.joinPath(), Map.of(), true).then().statusCode(303);
        pair.interviewer().request().get("/api/interviews/" + id).then().body("role", equalTo("interviewer"));
        pair.candidate().request().get("/api/interviews/" + id).then().body("role", equalTo("candidate"));
    }

    private static Browser signedUp() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        return browser;
    }

    @Test
    void theCandidatesPageIsToldLiveWhenTheInterviewerAsks() throws Exception {
        Pair pair = startAndJoin();
        long id = pair.id();
        pair.candidate()
                .postJson(
                        "/api/interviews/" + id + "/answers", Map.of("answer", SampleAnswers.body(SampleAnswers.WEAK)))
                .then()
                .statusCode(200);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve("/api/interviews/" + id + "/events"))
                .header("Accept", "text/event-stream")
                .header(
                        "Cookie",
                        CurrentLearner.GUEST_COOKIE + "=" + pair.candidate().cookie(CurrentLearner.GUEST_COOKIE))
                .build();
        CompletableFuture<HttpResponse<Stream<String>>> stream =
                HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(300);
        pair.interviewer()
                .postJson("/api/interviews/" + id + "/follow-ups", Map.of("followUp", "fu-gpu-speedup"))
                .then()
                .statusCode(200);
        String line;
        boolean changed = false;
        long deadline = System.currentTimeMillis() + 10_000;
        while (!changed && (line = lines.poll(deadline - System.currentTimeMillis(), TimeUnit.MILLISECONDS)) != null) {
            changed = line.equals("data:changed") || line.equals("data: changed");
        }
        assertThat(changed)
                .as("a 'changed' event reached the candidate's stream")
                .isTrue();
        reader.interrupt();
    }
}
