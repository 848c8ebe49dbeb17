package dev.prunelab.lab.figures;

import dev.prunelab.engine.data.DataSet;
import dev.prunelab.engine.data.Split;
import dev.prunelab.engine.data.Splits;
import dev.prunelab.engine.metrics.Evaluation;
import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.optim.Adam;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.engine.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A digits MLP trained with the workloads' settings (hidden 64 and 32, 10 epochs, Adam, seed 0) on a stratified three
 * quarters of the data, with the held-out quarter to measure masks on. The explorables that need a trained network
 * of their own (not a lab result) start from it. The lesson figures use {@link TrainedDigits} (an 80/20 split); the
 * explorables' published numbers come from this one, so the two are kept apart until both are regenerated together.
 *
 * @param network the trained model; copy it before pruning
 * @param train   the rows it was trained on
 * @param test    the held-out rows
 */
record ExplorableDigits(Network network, Samples train, Samples test) {

    static final long SEED = 0;
    static final int EPOCHS = 10;
    static final double TEST_FRACTION = 0.25;

    static ExplorableDigits fit() {
        Split split = Splits.stratifiedTrainTest(DataSet.DIGITS.load(0, SEED), TEST_FRACTION, SEED);
        Samples train = Samples.of(split.train());
        Network network = Models.mlp(new int[] {64, 64, 32, 10}, Activation.Kind.RELU, SEED);
        new Trainer(EPOCHS, 32, SEED).fit(network, Adam.withDefaults(network.parameters(), 1e-3), train);
        return new ExplorableDigits(network, train, Samples.of(split.test()));
    }

    /** Writes the data (and figures) of the explorables drawn from this network. */
    void writeExplorables(Path figures, Path data) throws IOException {
        SaliencyData.of(this).writeTo(figures, data);
        Files.writeString(
                data.resolve(LayerScopes.NAME + ".json"), FigureBuild.JSON.writeValueAsString(LayerScopes.of(this)));
    }

    /** Test accuracy rounded to 4 decimals, as the explorables' data carries it. */
    double accuracy(Network model) {
        return round(Evaluation.of(model, test).accuracy());
    }

    static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
