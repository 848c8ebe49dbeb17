package dev.prunelab.lab.figures;

import dev.prunelab.engine.data.DataSet;
import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.optim.Adam;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.engine.train.Trainer;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Real weights for the N:M builder: the first hidden unit's row of input weights (64, one per pixel) of a digits MLP
 * trained with the workloads' settings (1,000 rows, hidden 64 and 32, 10 epochs, Adam, seed 0).
 *
 * @param layer  the weight matrix the row comes from
 * @param values the row's weights, rounded to 4 decimals
 */
record TrainedRow(String layer, double[] values) {

    static final int ROWS = 1000;
    static final int EPOCHS = 10;
    static final long SEED = 0;

    static TrainedRow digits() {
        Samples train = Samples.of(DataSet.DIGITS.load(ROWS, SEED));
        Network network = Models.mlp(new int[] {64, 64, 32, 10}, Activation.Kind.RELU, SEED);
        new Trainer(EPOCHS, 32, SEED).fit(network, Adam.withDefaults(network.parameters(), 1e-3), train);
        Parameter weights = network.prunableWeights().get(0);
        float[] row = Arrays.copyOf(weights.value(), weights.cols());
        return new TrainedRow(
                weights.name() + " row 0",
                IntStream.range(0, row.length)
                        .mapToDouble(i -> Math.round(row[i] * 10000) / 10000.0)
                        .toArray());
    }
}
