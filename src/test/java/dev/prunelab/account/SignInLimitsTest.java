package dev.prunelab.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import dev.prunelab.TightLimitsProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Password spraying (one password, many usernames) and account creation are limited per client address. */
@QuarkusTest
@TestProfile(TightLimitsProfile.class)
class SignInLimitsTest {

    private static Response logIn(String address, String username, String password) {
        return new Browser()
                .from(address)
                .submit("/login", "/login", Map.of("username", username, "password", password));
    }

    @Test
    void failedSignInsAcrossUsernamesAreLimitedPerAddress() {
        String victim = AccountFlowTest.signUp(new Browser().from("203.0.113.9"));
        for (int i = 0; i < TightLimitsProfile.FAILED_LOGINS_PER_ADDRESS; i++) {
            assertThat(logIn("203.0.113.1", "sprayed-" + i, "Summer2026!!").statusCode())
                    .isEqualTo(401);
        }

        Response sprayed = logIn("203.0.113.1", "sprayed-next", "Summer2026!!");
        assertThat(sprayed.statusCode()).isEqualTo(429);
        assertThat(sprayed.getHeader("Retry-After")).isNotBlank();
        assertThat(sprayed.asString()).contains("Too many sign-in attempts");
        assertThat(logIn("203.0.113.1", victim, AccountFlowTest.PASSWORD).statusCode())
                .as("even the right password waits: the address is blocked, not the username")
                .isEqualTo(429);
        assertThat(logIn("203.0.113.2", victim, AccountFlowTest.PASSWORD).statusCode())
                .as("another address signs in")
                .isEqualTo(303);
    }

    @Test
    void signUpsAreLimitedPerAddressWithTheReasonOnTheForm() {
        Browser browser = new Browser().from("203.0.113.3");
        for (int i = 0; i < TightLimitsProfile.SIGN_UPS; i++) {
            AccountFlowTest.signUp(new Browser().from("203.0.113.3"));
        }
        long users = QuarkusTransaction.requiringNew().call(() -> User.count());

        Response refused = browser.submit(
                "/signup",
                "/signup",
                Map.of("username", AccountFlowTest.uniqueName(), "password", AccountFlowTest.PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.asString()).contains("accounts may be created per");
        assertThat(QuarkusTransaction.requiringNew().call(() -> User.count())).isEqualTo(users);
    }
}
