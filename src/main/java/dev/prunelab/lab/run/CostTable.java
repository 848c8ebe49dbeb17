package dev.prunelab.lab.run;

import dev.prunelab.engine.metrics.Latency;
import dev.prunelab.engine.metrics.ModelStats;
import dev.prunelab.engine.nn.Conv2d;
import dev.prunelab.engine.nn.Dense;
import dev.prunelab.engine.nn.Layer;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.prune.Shrinker;
import dev.prunelab.engine.tensor.Matrix;
import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.lab.result.ExperimentResult.CostRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Size, FLOPs and measured latency of the dense model and of each pruned model of the main series. Latency is the
 * median of a few timed forward passes over one batch of test rows, for the dense weights, CSR weights and the
 * physically shrunk network: on a shared machine the figures are indicative, the ratios are what to read.
 */
final class CostTable {

    private static final int BATCH_ROWS = 256;
    private static final int WARM_UP = 3;
    private static final int REPEATS = 9;
    private static final int JIT_WARM_UP = 30;

    private CostTable() {}

    static List<CostRow> of(Network dense, List<ArmRunner.Outcome> outcomes, Samples test, RunContext context) {
        Matrix batch = batch(test);
        // Right after start-up the CSR kernel would be timed before the JIT compiles it, a bar many times the dense
        // one's that dwarfs the chart: run every format first on the sparsest network, the cheapest.
        Cancellation cancellation = context.cancellation();
        Latency.measure(outcomes.get(outcomes.size() - 1).network(), batch, JIT_WARM_UP, 1, cancellation);
        List<CostRow> rows = new ArrayList<>();
        rows.add(row("dense", 0, dense, batch, cancellation));
        for (ArmRunner.Outcome outcome : outcomes) {
            rows.add(row(
                    "pruned " + ArmRunner.percent(outcome.target()),
                    outcome.target(),
                    outcome.network(),
                    batch,
                    cancellation));
        }
        return rows;
    }

    private static CostRow row(String name, double target, Network network, Matrix batch, Cancellation cancellation) {
        ModelStats stats = ModelStats.of(network);
        Latency latency = Latency.measure(network, batch, WARM_UP, REPEATS, cancellation);
        return new CostRow(
                name,
                target,
                stats.parametersTotal(),
                stats.parametersNonZero(),
                stats.flopsDense(),
                stats.flopsEffective(),
                stats.bytesDense(),
                stats.bytesCsr(),
                stats.bytesBitmask(),
                millis(latency.denseMillis()),
                millis(latency.csrMillis()),
                millis(latency.shrunkMillis()),
                hiddenUnits(Shrinker.shrink(network)));
    }

    /** Neurons and filters of every weighted layer but the output layer. */
    private static int hiddenUnits(Network network) {
        List<Layer> weighted = network.layers().stream()
                .filter(l -> l instanceof Dense || l instanceof Conv2d)
                .toList();
        int units = 0;
        for (int i = 0; i + 1 < weighted.size(); i++) {
            units += weighted.get(i) instanceof Dense d ? d.outputSize() : ((Conv2d) weighted.get(i)).filters();
        }
        return units;
    }

    private static Matrix batch(Samples test) {
        int rows = Math.min(BATCH_ROWS, test.rows());
        return new Matrix(rows, test.width(), Arrays.copyOf(test.features(), rows * test.width()));
    }

    private static double millis(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
