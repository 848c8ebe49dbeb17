/**
 * Data sets for the engine: the bundled tabular sets and MNIST-10k ({@link dev.prunelab.engine.data.Datasets},
 * files and provenance in {@code content/datasets/}), seeded synthetic 2-D sets
 * ({@link dev.prunelab.engine.data.SyntheticDatasets}), deterministic stratified splits
 * ({@link dev.prunelab.engine.data.Splits}) and feature scaling fitted on training data only
 * ({@link dev.prunelab.engine.data.FeatureScaler}). {@link dev.prunelab.engine.data.Require} holds the
 * argument checks whose messages name the parameter, the value and the allowed range.
 */
package dev.prunelab.engine.data;
