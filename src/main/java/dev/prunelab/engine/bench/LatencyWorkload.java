package dev.prunelab.engine.bench;

import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.data.Datasets;
import dev.prunelab.engine.metrics.Latency;
import dev.prunelab.engine.metrics.ModelStats;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.prune.Amount;
import dev.prunelab.engine.prune.Criterion;
import dev.prunelab.engine.prune.Pruner;
import dev.prunelab.engine.prune.PruningMethod;
import dev.prunelab.engine.prune.Scope;
import dev.prunelab.engine.tensor.Matrix;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code latency} workload: how long LeNet-5 (28×28 input) takes for one batch of 64 MNIST-10k images,
 * dense vs CSR vs shrunk ({@link Latency}, median of 51 timed runs after 20 warm-up runs), pruned
 * unstructured by magnitude in every layer at sparsities 0, 0.5, 0.9 and 0.95, and structured (half the
 * filters and hidden neurons of every layer but the output, by L2 norm). One JSON line per model. The weights
 * are the untrained initialisation: the time depends on the shapes and where the zeros are, not on values.
 */
final class LatencyWorkload {

    static final double[] SPARSITIES = {0.0, 0.5, 0.9, 0.95};
    private static final int BATCH = 64;
    private static final int WARM_UP = 20;
    private static final int REPEATS = 51;

    private LatencyWorkload() {}

    static void run(long seed, PrintStream out) {
        Dataset mnist = Datasets.load("mnist10k");
        Matrix batch = new Matrix(BATCH, mnist.cols(), Arrays.copyOf(mnist.features(), BATCH * mnist.cols()));
        for (double sparsity : SPARSITIES) {
            Network network = Models.lenet5(1, 28, 28, 10, seed);
            Pruner.pruneTo(network, Criterion.magnitude(), Scope.LAYER, sparsity);
            out.println(Json.object(measure("unstructured", network, batch)));
        }
        Network network = Models.lenet5(1, 28, 28, 10, seed);
        Pruner.prune(network, Criterion.magnitude(), PruningMethod.rows(2), Scope.LAYER, Amount.fraction(0.5));
        out.println(Json.object(measure("filters and neurons", network, batch)));
    }

    private static Map<String, Object> measure(String pruning, Network network, Matrix batch) {
        ModelStats stats = ModelStats.of(network);
        Latency latency = Latency.measure(network, batch, WARM_UP, REPEATS);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("workload", "latency");
        line.put("model", "lenet5 28x28");
        line.put("pruning", pruning);
        line.put("sparsity", Json.round(1 - (double) stats.weightsNonZero() / stats.weightsTotal(), 3));
        line.put("batch", batch.rows);
        line.put("dense_ms", Json.round(latency.denseMillis(), 3));
        line.put("csr_ms", Json.round(latency.csrMillis(), 3));
        line.put("shrunk_ms", Json.round(latency.shrunkMillis(), 3));
        return line;
    }
}
