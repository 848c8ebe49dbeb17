package dev.prunelab.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Guest learners idle for longer than the configured time are deleted with their rows; accounts are kept. */
@QuarkusTest
class IdleGuestsTest {

    private static final Duration DEFAULT_IDLE = Duration.ofDays(30);

    @Inject
    IdleGuests idleGuests;

    private static Optional<Learner> guest(Browser browser) {
        String hash = Tokens.hash(browser.cookie(CurrentLearner.GUEST_COOKIE));
        return QuarkusTransaction.requiringNew().call(() -> Learner.findByGuestTokenHash(hash));
    }

    private static long draftsOf(long learnerId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Learner.getEntityManager()
                        .createQuery("select count(d) from Draft d where d.learnerId = ?1", Long.class)
                        .setParameter(1, learnerId)
                        .getSingleResult());
    }

    @Test
    void aGuestIdleForThirtyDaysIsDeletedWithItsDraftsButAnAccountIsKept() {
        Browser guest = new Browser();
        guest.call(r -> r.contentType(ContentType.JSON)
                        .body(Map.of("answer", "Magnitude pruning removes small weights."))
                        .put("/api/practice/questions/model-pruning/draft"))
                .then()
                .statusCode(200);
        long guestId = guest(guest).orElseThrow().id;
        Browser user = new Browser();
        AccountFlowTest.signUp(user);
        user.call(r -> r.contentType(ContentType.JSON)
                        .body(Map.of("answer", "Structured pruning removes whole channels."))
                        .put("/api/practice/questions/model-pruning/draft"))
                .then()
                .statusCode(200);

        idleGuests.deleteIdleAt(Instant.now().plus(DEFAULT_IDLE).minusSeconds(60));
        assertThat(guest(guest)).as("not idle for 30 days yet").isPresent();

        long deleted = idleGuests.deleteIdleAt(Instant.now().plus(DEFAULT_IDLE).plusSeconds(60));

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(guest(guest)).isEmpty();
        assertThat(draftsOf(guestId)).isZero();
        user.request()
                .get("/api/practice/questions/model-pruning/draft")
                .then() // an account's learner is never idle-deleted
                .statusCode(200);
    }
}
