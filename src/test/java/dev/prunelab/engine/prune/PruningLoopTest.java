package dev.prunelab.engine.prune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.train.StepHook;
import dev.prunelab.engine.train.Trainer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PruningLoopTest {

    private static final int[] SIZES = {4, 8, 8, 3};

    private static Network mlp() {
        return Models.mlp(SIZES, Activation.Kind.RELU, 1);
    }

    /** A tuner that trains nothing but records the calls and runs the hook once (a single "step"). */
    private static final class Recorder implements FineTuner {
        final List<String> calls = new ArrayList<>();

        @Override
        public void train(Network network, int epochs, StepHook hook) {
            calls.add("train " + epochs + " at " + Math.round(Trainer.sparsity(network) * 100) + "%");
            hook.afterBackward(network);
        }
    }

    @Test
    void iterativeRoundsPruneUpToEachTargetThenFineTune() {
        Recorder tuner = new Recorder();
        List<Double> reported = new ArrayList<>();
        Pruning magnitude = new Pruning(Criterion.magnitude(), PruningMethod.unstructured(), Scope.GLOBAL);
        ScheduleController schedule =
                ScheduleController.iterative(new double[] {0.5, 0.75}, 2, (network, target) -> reported.add(target));
        PruningLoop.run(mlp(), magnitude, schedule, tuner);
        assertEquals(List.of("train 2 at 50%", "train 2 at 75%"), tuner.calls);
        assertEquals(List.of(0.5, 0.75), reported);
        assertEquals(4, schedule.totalEpochs());
    }

    @Test
    void anyMethodPlugsIn() {
        Network network = mlp();
        Pruning neurons = new Pruning(Criterion.magnitude(), PruningMethod.rows(2), Scope.LAYER);
        PruningLoop.run(
                network,
                neurons,
                ScheduleController.iterative(new double[] {0.5, 0.75}, 0, (n, s) -> {}),
                (n, e, h) -> {});
        Dense hidden = (Dense) network.layers().get(0);
        int kept = 0;
        for (int row = 0; row < hidden.outputSize(); row++) {
            kept += hidden.weight().mask()[row * 4] != 0f ? 1 : 0;
        }
        assertEquals(2, kept, "half the units, then half of the rest: 2 of 8 rows kept");

        Network patterned = mlp();
        PruningLoop.run(
                patterned,
                new Pruning(Criterion.magnitude(), PruningMethod.nOfM(2, 4), Scope.LAYER),
                ScheduleController.oneShot(0.5, 1),
                (n, e, h) -> {});
        assertEquals(0.5, Trainer.sparsity(patterned), 0.05);
    }

    @Test
    void gradualPrunesDuringTrainingNotBefore() {
        Recorder tuner = new Recorder();
        Pruning magnitude = new Pruning(Criterion.magnitude(), PruningMethod.unstructured(), Scope.LAYER);
        PruningLoop.run(mlp(), magnitude, ScheduleController.gradual(0.8, 3, 1, 1), tuner);
        assertEquals(List.of("train 3 at 0%"), tuner.calls);
    }

    @Test
    void globalScopeNeedsAMethodThatRanksSingleEntries() {
        Pruning wrong = new Pruning(Criterion.magnitude(), PruningMethod.rows(2), Scope.GLOBAL);
        assertEquals(
                "scope GLOBAL must use the unstructured method, got StructuredRows",
                assertThrows(IllegalArgumentException.class, () -> wrong.step(mlp(), 0, 0.5))
                        .getMessage());
    }
}
