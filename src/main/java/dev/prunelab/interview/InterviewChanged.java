package dev.prunelab.interview;

/** A session's state changed (fired inside the transaction; broadcast to live views once it commits). */
public record InterviewChanged(long sessionId) {}
