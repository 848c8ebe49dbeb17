package dev.prunelab.lab.figures;

import dev.prunelab.engine.data.DataSet;
import dev.prunelab.engine.data.Split;
import dev.prunelab.engine.data.Splits;
import dev.prunelab.engine.metrics.Evaluation;
import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.optim.Adam;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.engine.train.StepHook;
import dev.prunelab.engine.train.Trainer;

/**
 * The digits MLP the lesson figures study: all 1,797 images split 80/20 per class, hidden layers of 64 and 32, 10
 * epochs of Adam, seed 0. Every lesson figure starts from this one model (or from one trained the same way with a
 * penalty added to the gradients), so their numbers agree with each other.
 *
 * @param network the trained model (figures prune or quantize copies of it)
 * @param train the training rows
 * @param test the held-out rows every accuracy is measured on
 */
record TrainedDigits(Network network, Samples train, Samples test) {

    static final int[] SIZES = {64, 64, 32, 10};
    static final int EPOCHS = 10;
    static final long SEED = 0;

    static TrainedDigits plain() {
        return withPenalty(StepHook.NONE);
    }

    /** Trained the same way, {@code penalty} adding its gradient after each backward pass. */
    static TrainedDigits withPenalty(StepHook penalty) {
        Split split = Splits.stratifiedTrainTest(DataSet.DIGITS.load(0, SEED), 0.2, SEED);
        Samples train = Samples.of(split.train());
        Network network = Models.mlp(SIZES, Activation.Kind.RELU, SEED);
        new Trainer(EPOCHS, 32, SEED)
                .afterBackward(penalty)
                .fit(network, Adam.withDefaults(network.parameters(), 1e-3), train);
        return new TrainedDigits(network, train, Samples.of(split.test()));
    }

    /** The first hidden layer's weights: 64 units × 64 pixels. */
    static Parameter firstLayer(Network network) {
        return network.prunableWeights().get(0);
    }

    /** A chart of test accuracy (0–100%) against {@code xTitle}: the y axis every accuracy figure shares. */
    static Plot accuracyAgainst(double xMin, double xMax, double[] xTicks, String xTitle) {
        return new Plot(xMin, xMax, 0, 100)
                .axes(xTicks, xTitle, new double[] {0, 20, 40, 60, 80, 100}, "test accuracy (%)");
    }

    double accuracy(Network model) {
        return Evaluation.of(model, test).accuracy();
    }
}
