package dev.prunelab.progress.fsrs;

/**
 * What FSRS knows about one card for one learner after its last review.
 *
 * @param stability  S, in days: the interval after which recall probability falls to 90%
 * @param difficulty D in [1, 10]
 */
public record MemoryState(double stability, double difficulty) {}
