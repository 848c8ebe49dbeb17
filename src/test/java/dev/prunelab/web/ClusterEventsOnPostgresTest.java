package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link ClusterEventsTest} on PostgreSQL, and a NOTIFY from another connection, as another instance sends it. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
class ClusterEventsOnPostgresTest extends ClusterEventsTest {

    @Test
    void aNotifyFromAnotherInstanceReachesTheSubscribersHere() throws Exception {
        AssertSubscriber<String> subscriber =
                events.stream(CHANNEL).subscribe().withSubscriber(AssertSubscriber.create(10));
        awaitListening();
        try (Connection other = DriverManager.getConnection(
                        System.getenv(PostgresProfile.URL_VARIABLE),
                        System.getenv().getOrDefault("PRUNELAB_TEST_PG_USER", "prunelab"),
                        System.getenv().getOrDefault("PRUNELAB_TEST_PG_PASSWORD", "prunelab"));
                Statement notify = other.createStatement()) {
            notify.execute("NOTIFY " + CHANNEL + ", 'from another instance'");
        }
        subscriber.awaitItems(1, Duration.ofSeconds(10));
        assertThat(subscriber.getItems()).isEqualTo(List.of("from another instance"));
        subscriber.cancel();
    }
}
