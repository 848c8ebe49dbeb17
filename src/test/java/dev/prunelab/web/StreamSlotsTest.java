package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamSlotsTest {

    private static final int PER_LEARNER = 6;
    private static final String LEARNER = "learner:7";

    private final StreamSlots slots = new StreamSlots(PER_LEARNER);

    private AssertSubscriber<Long> open(String owner) {
        return slots.open(owner, Multi.createFrom().<Long>nothing())
                .subscribe()
                .withSubscriber(AssertSubscriber.create(1));
    }

    @Test
    void theSeventhStreamOfALearnerIsRefusedWith429() {
        for (int i = 0; i < PER_LEARNER; i++) {
            open(LEARNER);
        }

        assertThatThrownBy(() -> open(LEARNER))
                .isInstanceOf(Overloaded.class)
                .hasMessageContaining("At most 6 live event streams")
                .extracting(e -> ((Overloaded) e).status())
                .isEqualTo(429);
        assertThat(slots.openFor(LEARNER)).isEqualTo(PER_LEARNER);
        open("learner:8").assertNotTerminated();
    }

    @Test
    void aClosedStreamGivesItsSlotBackHoweverItEnds() {
        List<AssertSubscriber<Long>> streams = new ArrayList<>();
        for (int i = 0; i < PER_LEARNER; i++) {
            streams.add(open(LEARNER));
        }
        streams.get(0).cancel(); // the tab was closed
        slots.open(LEARNER, Multi.createFrom().items(1L, 2L)).subscribe().withSubscriber(AssertSubscriber.create(2));
        open(LEARNER);

        assertThat(slots.openFor(LEARNER)).as("a finished stream holds nothing").isEqualTo(PER_LEARNER);
        streams.forEach(AssertSubscriber::cancel);
    }

    @Test
    void ownersWithNoOpenStreamAreForgotten() {
        open("learner:9").cancel();
        assertThat(slots.openFor("learner:9")).isZero();
    }
}
