package dev.prunelab.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prunelab.engine.data.Datasets;
import dev.prunelab.engine.data.Split;
import dev.prunelab.engine.data.Splits;
import dev.prunelab.engine.metrics.Evaluation;
import dev.prunelab.engine.metrics.ModelStats;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.optim.Adam;
import dev.prunelab.engine.prune.Amount;
import dev.prunelab.engine.prune.Criterion;
import dev.prunelab.engine.prune.Pruner;
import dev.prunelab.engine.prune.PruningMethod;
import dev.prunelab.engine.prune.Scope;
import dev.prunelab.engine.prune.Shrinker;
import org.junit.jupiter.api.Test;

/** The LeNet-style CNN learns the 8×8 digits, and filter pruning + shrinking keeps its predictions. */
class CnnTrainingTest {

    @Test
    void lenetLearnsDigitsAndSurvivesFilterPruning() {
        Split split = Splits.stratifiedTrainTest(Datasets.load("digits").dividedBy(16f), 0.2, 0);
        Samples train = Samples.of(split.train());
        Samples test = Samples.of(split.test());
        Network cnn = Models.lenet5(1, 8, 8, 10, 0);
        new Trainer(4, 32, 0).fit(cnn, Adam.withDefaults(cnn.parameters(), 2e-3), train);
        double dense = Evaluation.of(cnn, test).accuracy();
        assertTrue(dense > 0.85, "dense accuracy " + dense); // 0.877 after 4 epochs (chance is 0.1)

        Pruner.prune(cnn, Criterion.magnitude(), PruningMethod.rows(1), Scope.LAYER, Amount.fraction(0.25));
        Network small = Shrinker.shrink(cnn);
        assertEquals(
                Evaluation.of(cnn, test).accuracy(), Evaluation.of(small, test).accuracy());
        assertTrue(ModelStats.of(small).flopsDense() < 0.8 * ModelStats.of(cnn).flopsDense());
    }
}
