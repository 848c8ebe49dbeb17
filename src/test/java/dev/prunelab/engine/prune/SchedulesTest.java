package dev.prunelab.engine.prune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.optim.Adam;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.engine.train.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SchedulesTest {

    private static final int[] SIZES = {2, 12, 2};
    private static final Samples DATA = blobs();

    private static Samples blobs() {
        SplittableRandom random = new SplittableRandom(1);
        float[] x = new float[200];
        int[] y = new int[100];
        for (int i = 0; i < 100; i++) {
            x[2 * i] = (float) (random.nextDouble() * 2 - 1);
            x[2 * i + 1] = (float) (random.nextDouble() * 2 - 1);
            y[i] = x[2 * i] > x[2 * i + 1] ? 1 : 0;
        }
        return new Samples(x, y, 2);
    }

    private static final FineTuner TUNER = (net, epochs, hook) ->
            new Trainer(epochs, 20, 0).afterBackward(hook).fit(net, Adam.withDefaults(net.parameters(), 1e-2), DATA);

    @Test
    void geometricTargetsPruneTheSameShareEachRound() {
        assertArrayEquals(new double[] {0.5, 0.75}, Schedules.geometric(0.75, 2), 1e-12);
        assertEquals(
                "rounds must be in [1, 100], got 0",
                assertThrows(IllegalArgumentException.class, () -> Schedules.geometric(0.5, 0))
                        .getMessage());
    }

    @Test
    void iterativePruningReachesEachTarget() {
        Network network = Models.mlp(SIZES, Activation.Kind.RELU, 0);
        List<Double> seen = new ArrayList<>();
        Schedules.iterative(
                network,
                Criterion.magnitude(),
                Scope.GLOBAL,
                new double[] {0.5, 0.75, 0.875},
                TUNER,
                1,
                (net, s) -> seen.add(Trainer.sparsity(net)));
        assertEquals(3, seen.size());
        assertEquals(0.5, seen.get(0), 0.01);
        assertEquals(0.875, seen.get(2), 0.01);
        assertEquals(
                "sparsities must be non-decreasing, got 0.5 after 0.7",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Schedules.iterative(
                                        network,
                                        Criterion.magnitude(),
                                        Scope.GLOBAL,
                                        new double[] {0.7, 0.5},
                                        TUNER,
                                        1,
                                        (net, s) -> {}))
                        .getMessage());
    }

    @Test
    void oneShotPrunesThenFineTunes() {
        Network network = Models.mlp(SIZES, Activation.Kind.RELU, 0);
        Schedules.oneShot(network, Criterion.magnitude(), Scope.LAYER, 0.6, TUNER, 2);
        assertEquals(0.6, Trainer.sparsity(network), 0.02);
    }

    @Test
    void gradualFollowsTheCubicScheduleOfZhuAndGupta() {
        GradualPruning gradual = new GradualPruning(Criterion.magnitude(), Scope.GLOBAL, 0.0, 0.8, 10, 4, 5);
        assertEquals(0.0, gradual.sparsityAt(5));
        assertEquals(0.0, gradual.sparsityAt(10));
        assertEquals(0.8 - 0.8 * Math.pow(0.75, 3), gradual.sparsityAt(15), 1e-12);
        assertEquals(0.8, gradual.sparsityAt(30), 1e-12);
        assertEquals(0.8, gradual.sparsityAt(1000), 1e-12);
        Network network = Models.mlp(SIZES, Activation.Kind.RELU, 0);
        TUNER.train(network, 10, gradual); // 50 steps: prunes at 10, 15, ..., 30
        assertEquals(0.8, Trainer.sparsity(network), 0.01);
        assertEquals(
                "finalSparsity must be >= initialSparsity 0.5, got 0.2",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new GradualPruning(Criterion.magnitude(), Scope.GLOBAL, 0.5, 0.2, 0, 1, 1))
                        .getMessage());
    }

    @Test
    void lotteryTicketRewindsSurvivorsToInitialisationAndRunsTheControl() {
        Network init = Models.mlp(SIZES, Activation.Kind.RELU, 5);
        List<float[]> atRetrainStart = new ArrayList<>();
        FineTuner recording = (net, epochs, hook) -> {
            atRetrainStart.add(net.parameters().get(0).value().clone());
            TUNER.train(net, epochs, hook);
        };
        LotteryTicket lottery =
                new LotteryTicket(seed -> Models.mlp(SIZES, Activation.Kind.RELU, seed), recording, 2, 2, 0.5, 0);
        List<LotteryTicket.Round> rounds = lottery.run(5, net -> Trainer.sparsity(net));
        assertEquals(2, rounds.size());
        assertEquals(0.5, rounds.get(0).sparsity(), 0.02);
        assertEquals(0.75, rounds.get(1).sparsity(), 0.02);
        assertEquals(rounds.get(0).ticketScore(), rounds.get(0).controlScore(), 1e-12); // same mask
        float[] initial = init.parameters().get(0).value();
        float[] rewound = atRetrainStart.get(1); // calls: train, ticket round 1, control round 1, ...
        for (int i = 0; i < initial.length; i++) {
            assertTrue(rewound[i] == 0f || rewound[i] == initial[i], "survivor " + i + " rewound to its initial value");
        }
    }

    @Test
    void lotteryTicketCanRewindToIterationK() {
        float[][] afterTwoSteps = new float[1][];
        List<float[]> atRetrainStart = new ArrayList<>();
        FineTuner recording = (net, epochs, hook) -> {
            atRetrainStart.add(net.parameters().get(0).value().clone());
            int[] steps = {0};
            TUNER.train(net, epochs, n -> {
                if (steps[0]++ == 2 && afterTwoSteps[0] == null) {
                    afterTwoSteps[0] = n.parameters().get(0).value().clone(); // before step 3: after 2 steps
                }
                hook.afterBackward(n);
            });
        };
        new LotteryTicket(seed -> Models.mlp(SIZES, Activation.Kind.RELU, seed), recording, 2, 1, 0.5, 2)
                .run(5, net -> 0);
        float[] rewound = atRetrainStart.get(1);
        for (int i = 0; i < rewound.length; i++) {
            assertTrue(rewound[i] == 0f || rewound[i] == afterTwoSteps[0][i], "survivor " + i + " rewound to step 2");
        }
    }

    @Test
    void lotteryTicketRejectsBadSettings() {
        assertEquals(
                "pruneFraction must be in (0, 1), got 1.0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new LotteryTicket(
                                        seed -> Models.mlp(SIZES, Activation.Kind.RELU, seed), TUNER, 1, 1, 1.0, 0))
                        .getMessage());
        LotteryTicket tooLate =
                new LotteryTicket(seed -> Models.mlp(SIZES, Activation.Kind.RELU, seed), TUNER, 1, 1, 0.5, 1000);
        assertEquals(
                "rewindStep must be <= the steps of one training run, got 1000",
                assertThrows(IllegalArgumentException.class, () -> tooLate.run(0, net -> 0))
                        .getMessage());
    }
}
