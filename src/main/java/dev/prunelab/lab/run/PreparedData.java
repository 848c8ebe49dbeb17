package dev.prunelab.lab.run;

import dev.prunelab.engine.data.DataSet;
import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.data.FeatureScaler;
import dev.prunelab.engine.data.Split;
import dev.prunelab.engine.data.Splits;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.lab.spec.ExperimentSpec;

/**
 * The rows an experiment trains and tests on: the data set (a seeded stratified sample of {@code rows} when smaller),
 * split 80/20 per class with the spec's seed. Images keep pixels in [0, 1]; other features are standardised on
 * the training rows for networks and left as they are for trees (so thresholds read in the data's units).
 *
 * @param side image side for the CNN (8 for digits, 28 for MNIST), 0 for tabular data
 */
record PreparedData(Dataset train, Dataset test, int side) {

    static final double TEST_FRACTION = 0.2;

    static PreparedData of(ExperimentSpec spec) {
        DataSet dataset = spec.dataset();
        Dataset all = dataset.load(spec.rows(), spec.seed());
        if (!dataset.generated() && spec.rows() < all.rows()) {
            all = Splits.stratifiedTrainTest(all, 1 - (double) spec.rows() / all.rows(), spec.seed())
                    .train();
        }
        Split split = Splits.stratifiedTrainTest(all, TEST_FRACTION, spec.seed());
        if (dataset.isImage() || spec.isTree()) {
            return new PreparedData(split.train(), split.test(), dataset.imageSide());
        }
        FeatureScaler scaler = FeatureScaler.standardize(split.train());
        return new PreparedData(scaler.apply(split.train()), scaler.apply(split.test()), 0);
    }

    Samples trainSamples() {
        return Samples.of(train);
    }

    Samples testSamples() {
        return Samples.of(test);
    }
}
