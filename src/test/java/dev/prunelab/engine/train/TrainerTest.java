package dev.prunelab.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prunelab.engine.metrics.Evaluation;
import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.optim.Adam;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TrainerTest {

    /** Two Gaussian-ish blobs: class = sign of x0 + x1, learnable by any MLP. */
    static Samples blobs(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[rows * 2];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            x[2 * i] = (float) (random.nextDouble() * 2 - 1);
            x[2 * i + 1] = (float) (random.nextDouble() * 2 - 1);
            y[i] = x[2 * i] + x[2 * i + 1] > 0 ? 1 : 0;
        }
        return new Samples(x, y, 2);
    }

    static Network train(long seed, Samples data) {
        Network network = Models.mlp(new int[] {2, 16, 2}, Activation.Kind.RELU, seed);
        new Trainer(20, 16, seed).fit(network, Adam.withDefaults(network.parameters(), 1e-2), data);
        return network;
    }

    @Test
    void learnsASeparableProblem() {
        Samples data = blobs(400, 1);
        assertTrue(Evaluation.of(train(0, data), data).accuracy() > 0.95);
    }

    @Test
    void sameSeedGivesBitIdenticalWeightsWhateverTheThreads() throws Exception {
        Samples data = blobs(200, 2);
        float[] sequential = train(7, data).parameters().get(0).value();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Network>> parallel = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                parallel.add(pool.submit(() -> train(7, data)));
            }
            for (Future<Network> run : parallel) {
                assertArrayEquals(sequential, run.get().parameters().get(0).value());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void reportsProgressEveryStep() {
        Samples data = blobs(50, 3);
        Network network = Models.mlp(new int[] {2, 4, 2}, Activation.Kind.TANH, 0);
        List<Progress> reports = new ArrayList<>();
        new Trainer(2, 16, 0)
                .onProgress(reports::add)
                .fit(network, Adam.withDefaults(network.parameters(), 1e-2), data);
        assertEquals(8, reports.size()); // ceil(50/16) = 4 steps per epoch
        Progress last = reports.get(7);
        assertEquals(8, last.step());
        assertEquals(2, last.epoch());
        assertEquals(0.0, last.sparsity());
        assertTrue(last.loss() > 0);
    }

    @Test
    void stopsWhenCancelled() {
        Samples data = blobs(100, 4);
        Network network = Models.mlp(new int[] {2, 4, 2}, Activation.Kind.TANH, 0);
        Cancellation token = new Cancellation();
        List<Progress> reports = new ArrayList<>();
        Trainer trainer = new Trainer(100, 10, 0).cancelWith(token).onProgress(p -> {
            reports.add(p);
            if (p.step() == 3) {
                token.cancel();
            }
        });
        assertThrows(
                CancellationException.class,
                () -> trainer.fit(network, Adam.withDefaults(network.parameters(), 1e-2), data));
        assertEquals(3, reports.size());
    }

    @Test
    void rejectsBadArguments() {
        assertEquals(
                "epochs must be in [0, 1000], got 1001",
                assertThrows(IllegalArgumentException.class, () -> new Trainer(1001, 32, 0))
                        .getMessage());
        assertEquals(
                "batchSize must be in [1, 65536], got 0",
                assertThrows(IllegalArgumentException.class, () -> new Trainer(1, 0, 0))
                        .getMessage());
        assertEquals(
                "samples must hold at least 1 row, got 0",
                assertThrows(IllegalArgumentException.class, () -> new Samples(new float[0], new int[0], 2))
                        .getMessage());
        Network network = Models.mlp(new int[] {3, 4, 2}, Activation.Kind.TANH, 0);
        assertEquals(
                "data width must equal the network input size 3, got 2",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new Trainer(1, 4, 0)
                                        .fit(network, Adam.withDefaults(network.parameters(), 1e-2), blobs(10, 0)))
                        .getMessage());
        assertEquals(
                "hiddenSize must be > 0, got 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Models.mlp(new int[] {3, 0, 2}, Activation.Kind.RELU, 0))
                        .getMessage());
    }
}
