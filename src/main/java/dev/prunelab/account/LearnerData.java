package dev.prunelab.account;

/**
 * Implemented by every feature that stores rows per learner (progress, practice, lab, interviews), so that accounts
 * can move a guest's rows into an account and export everything a user owns. Deleting a learner deletes its rows
 * through the database's ON DELETE CASCADE.
 */
public interface LearnerData {

    /** The section name in a data export, e.g. {@code "progress"}. */
    String exportName();

    /** Moves every row of learner {@code from} to learner {@code to} (a guest signing up or signing in). */
    void move(long from, long to);

    /** Everything stored for the learner, as JSON-friendly values. */
    Object export(long learner);
}
