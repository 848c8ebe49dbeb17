package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one instance publishes reaches the subscribers of the channel (on PostgreSQL, through NOTIFY and LISTEN). */
@QuarkusTest
class ClusterEventsTest {

    static final String CHANNEL = "prunelab_test";

    @Inject
    ClusterEvents events;

    @Test
    void aPublishedEventReachesEverySubscriberOfItsChannelOnly() {
        AssertSubscriber<String> first = events.stream(CHANNEL).subscribe().withSubscriber(AssertSubscriber.create(10));
        AssertSubscriber<String> second =
                events.stream(CHANNEL).subscribe().withSubscriber(AssertSubscriber.create(10));
        AssertSubscriber<String> elsewhere =
                events.stream(CHANNEL + "_other").subscribe().withSubscriber(AssertSubscriber.create(10));
        awaitListening();

        events.publish(CHANNEL, "42");

        first.awaitItems(1, Duration.ofSeconds(10));
        second.awaitItems(1, Duration.ofSeconds(10));
        assertThat(first.getItems()).isEqualTo(List.of("42"));
        assertThat(second.getItems()).isEqualTo(List.of("42"));
        assertThat(elsewhere.getItems()).isEmpty();
        first.cancel();
        second.cancel();
        elsewhere.cancel();
    }

    @Test
    void aChannelIsAPlainIdentifier() {
        assertThatThrownBy(() -> events.publish("x; DROP TABLE experiment", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channel must match");
    }

    /** A new channel is listened to within a quarter of a second on PostgreSQL. */
    static void awaitListening() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
