package dev.prunelab.lab.run;

import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.data.Datasets;
import dev.prunelab.engine.data.FeatureScaler;
import dev.prunelab.engine.data.Split;
import dev.prunelab.engine.data.Splits;
import dev.prunelab.engine.data.SyntheticDatasets;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.lab.spec.ExperimentSpec;
import java.util.Set;

/**
 * The rows an experiment trains and tests on: the data set (a seeded stratified sample of {@code rows} when smaller),
 * split 80/20 per class with the spec's seed. Images keep pixels in [0, 1]; other features are standardised on
 * the training rows for networks and left as they are for trees (so thresholds read in the data's units).
 *
 * @param side image side for the CNN (8 for digits, 28 for MNIST), 0 for tabular data
 */
record PreparedData(Dataset train, Dataset test, int side) {

    static final double TEST_FRACTION = 0.2;
    private static final Set<String> SYNTHETIC = Set.of("moons", "spirals");

    static PreparedData of(ExperimentSpec spec) {
        Dataset all = load(spec);
        if (!SYNTHETIC.contains(spec.dataset()) && spec.rows() < all.rows()) {
            all = Splits.stratifiedTrainTest(all, 1 - (double) spec.rows() / all.rows(), spec.seed())
                    .train();
        }
        Split split = Splits.stratifiedTrainTest(all, TEST_FRACTION, spec.seed());
        int side = switch (spec.dataset()) {
            case "digits" -> 8;
            case "mnist10k" -> 28;
            default -> 0;
        };
        if (side > 0 || spec.isTree()) {
            return new PreparedData(split.train(), split.test(), side);
        }
        FeatureScaler scaler = FeatureScaler.standardize(split.train());
        return new PreparedData(scaler.apply(split.train()), scaler.apply(split.test()), 0);
    }

    private static Dataset load(ExperimentSpec spec) {
        return switch (spec.dataset()) {
            case "digits" -> Datasets.load("digits").dividedBy(16f);
            case "moons" -> SyntheticDatasets.moons(spec.rows(), 0.2, spec.seed());
            case "spirals" -> SyntheticDatasets.spirals(spec.rows(), 2, 0.05, spec.seed());
            default -> Datasets.load(spec.dataset());
        };
    }

    Samples trainSamples() {
        return Samples.of(train);
    }

    Samples testSamples() {
        return Samples.of(test);
    }
}
