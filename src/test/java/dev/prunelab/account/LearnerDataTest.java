package dev.prunelab.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a guest's rows kept one per key meet the account's rows of the same keys. */
class LearnerDataTest {

    private static final Instant EARLIER = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-02T10:00:00Z");

    /** A row with a key, a saved time and content; deleting only marks it, so no database is needed. */
    static final class Row extends PanacheEntityBase {
        final String key;
        String content;
        Instant savedAt;
        String owner;
        boolean deleted;

        Row(String key, String content, Instant savedAt, String owner) {
            this.key = key;
            this.content = content;
            this.savedAt = savedAt;
            this.owner = owner;
        }

        @Override
        public void delete() {
            deleted = true;
        }
    }

    private static void merge(List<Row> guest, Map<String, Row> account, List<Row> movedOver) {
        LearnerData.keepNewest(
                guest,
                row -> Optional.ofNullable(account.get(row.key)),
                row -> row.savedAt,
                (from, to) -> {
                    to.content = from.content;
                    to.savedAt = from.savedAt;
                },
                row -> {
                    row.owner = "account";
                    movedOver.add(row);
                });
    }

    @ParameterizedTest(name = "guest saved later: {0}")
    @ValueSource(booleans = {true, false})
    void forAKeyBothHaveTheLaterSavedContentWinsAndTheGuestRowIsDeleted(boolean guestSavedLater) {
        Row guest = new Row("q1", "guest's answer", guestSavedLater ? LATER : EARLIER, "guest");
        Row account = new Row("q1", "account's answer", guestSavedLater ? EARLIER : LATER, "account");
        List<Row> movedOver = new ArrayList<>();

        merge(List.of(guest), Map.of("q1", account), movedOver);

        assertThat(account.content).isEqualTo(guestSavedLater ? "guest's answer" : "account's answer");
        assertThat(account.savedAt).isEqualTo(LATER);
        assertThat(guest.deleted).isTrue();
        assertThat(movedOver).isEmpty();
    }

    @Test
    void aKeyOnlyTheGuestHasMovesOverAndIsKept() {
        Row guestOnly = new Row("q2", "only the guest wrote this", EARLIER, "guest");
        Row account = new Row("q1", "account's answer", EARLIER, "account");
        List<Row> movedOver = new ArrayList<>();

        merge(List.of(guestOnly), Map.of("q1", account), movedOver);

        assertThat(movedOver).containsExactly(guestOnly);
        assertThat(guestOnly.owner).isEqualTo("account");
        assertThat(guestOnly.deleted).isFalse();
        assertThat(account.content).isEqualTo("account's answer");
    }
}
