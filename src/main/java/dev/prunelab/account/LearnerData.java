package dev.prunelab.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Implemented by every feature that stores rows per learner (progress, practice, lab, interviews), so that accounts
 * can move a guest's rows into an account and export everything a user owns. Deleting a learner deletes its rows
 * through the database's ON DELETE CASCADE.
 *
 * <p>Every export has one shape: a record per kind of row, made from the row's entity, with times as ISO-8601 text
 * and JSON columns as JSON ({@code Json.stored}); a feature with several kinds of rows exports a record of their lists.
 */
public interface LearnerData {

    /** The section name in a data export, e.g. {@code "progress"}. */
    String exportName();

    /** Moves every row of learner {@code from} to learner {@code to} (a guest signing up or signing in). */
    void move(long from, long to);

    /** Everything stored for the learner, as records of rows (see the class comment). */
    Object export(long learner);

    /**
     * Removes what the learner left in rows that other learners own, just before the learner is deleted (its own rows
     * go by cascade): e.g. a candidate's answers in someone else's pair interview.
     */
    default void forget(long learner) {}

    /**
     * Moves rows a learner holds one of per key (a draft per question, a card state per card): a key only the guest
     * has goes over with {@code moveOver}; for a key both have, the more recently saved row wins ({@code copy} writes
     * the guest's row into the account's) and the guest's row is deleted.
     *
     * @param guestRows the guest's rows
     * @param accountRow the account's row for the same key as a guest row, if it has one
     * @param savedAt when a row was last saved
     * @param copy copies the saved content of the first row into the second
     * @param moveOver hands a guest row whose key the account lacks to the account
     */
    static <T extends PanacheEntityBase> void keepNewest(
            List<T> guestRows,
            Function<T, Optional<T>> accountRow,
            Function<T, Instant> savedAt,
            BiConsumer<T, T> copy,
            Consumer<T> moveOver) {
        for (T guest : guestRows) {
            accountRow
                    .apply(guest)
                    .ifPresentOrElse(
                            account -> {
                                if (savedAt.apply(guest).isAfter(savedAt.apply(account))) {
                                    copy.accept(guest, account);
                                }
                                guest.delete();
                            },
                            () -> moveOver.accept(guest));
        }
    }
}
