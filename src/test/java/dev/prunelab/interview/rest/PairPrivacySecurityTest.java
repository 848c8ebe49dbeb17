package dev.prunelab.interview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.practice.SampleAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A pair candidate's privacy: no interviewer or engine score anywhere before the interview is finished, their answers
 * leave with their account, and an old join link never reopens a session that has turns.
 */
@QuarkusTest
class PairPrivacySecurityTest {

    private static final String SECRET_ANSWER_MARK = "my-own-words-zebra";

    record Pair(long id, String joinPath, Browser interviewer, Browser candidate, String candidateName) {}

    /** A pair session whose candidate (who signs up after joining) has answered and been scored. */
    private static Pair answeredAndScored() {
        PairInterviewFlowTest.Pair joined = PairInterviewFlowTest.startAndJoin();
        long id = joined.id();
        String name = AccountFlowTestSupport.signUp(joined.candidate());
        String answer = SampleAnswers.body(SampleAnswers.EXCELLENT) + "\n\n" + SECRET_ANSWER_MARK;
        joined.candidate()
                .postJson("/api/interviews/" + id + "/answers", Map.of("answer", answer))
                .then()
                .statusCode(200);
        joined.interviewer()
                .putJson(
                        "/api/interviews/" + id + "/scores",
                        Map.of("scores", Map.of("foundations", 4, "tradeoffs", 1), "notes", "private"))
                .then()
                .statusCode(200);
        return new Pair(id, joined.joinPath(), joined.interviewer(), joined.candidate(), name);
    }

    private static List<Object> eventScores(Browser browser) {
        return browser.request()
                .get("/api/progress/events")
                .then()
                .statusCode(200)
                .extract()
                .path("score");
    }

    private static JsonPath viewOf(Browser browser, long id) {
        return browser.request()
                .get("/api/interviews/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> exportedSession(Browser browser, long id) {
        List<Map<String, Object>> sessions = browser.request()
                .get("/api/account/export")
                .then()
                .statusCode(200)
                .extract()
                .path("interviews");
        return sessions.stream()
                .filter(s -> ((Number) s.get("id")).longValue() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCandidateSeesNoScoreBeforeTheInterviewIsFinished() {
        Pair pair = answeredAndScored();
        Map<String, Object> exported = exportedSession(pair.candidate(), pair.id());
        assertThat(exported.get("interviewerScores")).isNull();
        assertThat(exported.get("overall")).isNull();
        assertThat((List<Map<String, Object>>) exported.get("turns"))
                .allSatisfy(turn -> assertThat(turn.get("score")).isNull());
        JsonPath view = viewOf(pair.candidate(), pair.id());
        assertThat(view.getMap("interviewerScores")).isEmpty();
        assertThat(view.getList("turns.score")).containsOnlyNulls();
        List<Object> scores = eventScores(pair.candidate());
        assertThat(scores)
                .as("no scored event on the candidate's dashboard yet")
                .allSatisfy(score -> assertThat(score).isNull());
        assertThat(pair.candidate().get("/interview/" + pair.id()).asString())
                .doesNotContain("Foundations & math: 4")
                .doesNotContain("4 / 4");

        pair.interviewer()
                .postJson("/api/interviews/" + pair.id() + "/finish")
                .then()
                .statusCode(200);
        Map<String, Object> finished = exportedSession(pair.candidate(), pair.id());
        assertThat(finished.get("interviewerScores")).isNotNull();
        assertThat(finished.get("overall")).isNotNull();
        List<Object> after = eventScores(pair.candidate());
        assertThat(after).anySatisfy(score -> assertThat(score).isNotNull());
    }

    @Test
    void deletingTheCandidateRemovesTheirAnswersAndEndsTheSession() {
        Pair pair = answeredAndScored();
        pair.candidate()
                .submit("/account", "/account/delete", Map.of("confirm", pair.candidateName()))
                .then()
                .statusCode(303);
        JsonPath view = viewOf(pair.interviewer(), pair.id());
        assertThat(view.getString("status")).isEqualTo("finished");
        assertThat(view.getBoolean("candidateJoined")).isFalse();
        assertThat(view.getList("turns.answer")).containsOnlyNulls();
        assertThat(pair.interviewer().get("/interview/" + pair.id()).asString()).doesNotContain(SECRET_ANSWER_MARK);
        assertThat(pair.interviewer().request().get("/api/account/export").asString())
                .doesNotContain(SECRET_ANSWER_MARK);

        Browser stranger = new Browser();
        assertThat(stranger.get(pair.joinPath()).statusCode()).isEqualTo(404);
        stranger.get("/interview");
        assertThat(stranger.post(pair.joinPath(), Map.of(), true).statusCode()).isEqualTo(404);
        assertThat(stranger.postJson("/api/interviews" + pair.joinPath().replace("/interview", ""))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anOldJoinLinkNeverReopensASessionWithTurns() {
        Pair pair = answeredAndScored();
        pair.interviewer()
                .postJson("/api/interviews/" + pair.id() + "/finish")
                .then()
                .statusCode(200);
        Browser stranger = new Browser();
        assertThat(stranger.get(pair.joinPath()).statusCode()).isEqualTo(404);
        stranger.get("/interview");
        assertThat(stranger.post(pair.joinPath(), Map.of(), true).statusCode()).isEqualTo(404);
    }
}
