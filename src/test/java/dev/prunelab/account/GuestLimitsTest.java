package dev.prunelab.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import dev.prunelab.Browser;
import dev.prunelab.TightLimitsProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Visitors who are not signed in: new guest learners and their writes are limited per client address. */
@QuarkusTest
@TestProfile(TightLimitsProfile.class)
class GuestLimitsTest {

    private static final String DRAFT = "/api/practice/questions/model-pruning/draft";
    private static final Map<String, Object> BODY = Map.of("answer", "Magnitude pruning removes small weights.");

    static Response saveDraft(Browser browser) {
        return browser.call(r -> r.contentType(ContentType.JSON).body(BODY).put(DRAFT));
    }

    @Test
    void cookieLessWritesStopMakingGuestLearnersAtTheAddressLimit() {
        for (int i = 0; i < TightLimitsProfile.GUEST_LEARNERS; i++) {
            Browser fresh = new Browser().from("198.51.100.1");
            saveDraft(fresh).then().statusCode(200);
            assertThat(fresh.hasCookie(CurrentLearner.GUEST_COOKIE)).isTrue();
        }
        long learners = QuarkusTransaction.requiringNew().call(() -> Learner.count());

        Browser oneTooMany = new Browser().from("198.51.100.1");
        saveDraft(oneTooMany)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("guest learners"));
        assertThat(oneTooMany.hasCookie(CurrentLearner.GUEST_COOKIE)).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Learner.count()))
                .as("no learner made")
                .isEqualTo(learners);

        saveDraft(new Browser().from("198.51.100.2"))
                .then() // another address has its own allowance
                .statusCode(200);
    }

    @Test
    void aGuestsWritesAreLimitedPerAddressButASignedInUsersAreNot() {
        Browser guest = new Browser().from("198.51.100.3");
        for (int i = 0; i < TightLimitsProfile.GUEST_WRITES; i++) {
            saveDraft(guest).then().statusCode(200);
        }
        saveDraft(guest).then().statusCode(429).body("detail", containsString("not signed in may save"));

        Browser user = new Browser().from("198.51.100.4");
        AccountFlowTest.signUp(user);
        for (int i = 0; i < TightLimitsProfile.GUEST_WRITES + 2; i++) {
            saveDraft(user).then().statusCode(200);
        }
    }
}
