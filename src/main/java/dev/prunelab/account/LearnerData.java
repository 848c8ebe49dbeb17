package dev.prunelab.account;

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
}
