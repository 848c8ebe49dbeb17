package dev.prunelab.engine.data;

/**
 * One partition of a data set into a training part and a held-out part (the test set of a train/test
 * split, or the validation fold of a k-fold split). Row indices refer to the original data set and
 * are ascending.
 *
 * @param train     the training samples
 * @param test      the held-out samples
 * @param trainRows original row index of each training sample
 * @param testRows  original row index of each held-out sample
 */
public record Split(Dataset train, Dataset test, int[] trainRows, int[] testRows) {}
