package dev.prunelab.engine.train;

/**
 * One progress report from a training run, for the web lab's progress bar and loss curve.
 *
 * @param step optimizer steps done so far in this run
 * @param epoch the current epoch, counted from 1
 * @param epochs the run's epoch count
 * @param loss mean training loss over the epoch so far
 * @param sparsity fraction of prunable weights currently zero-masked, in [0, 1]
 */
public record Progress(long step, int epoch, int epochs, double loss, double sparsity) {}
