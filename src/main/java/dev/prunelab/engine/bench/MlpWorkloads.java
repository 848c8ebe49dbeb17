package dev.prunelab.engine.bench;

import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.data.Datasets;
import dev.prunelab.engine.data.Split;
import dev.prunelab.engine.data.Splits;
import dev.prunelab.engine.metrics.Evaluation;
import dev.prunelab.engine.metrics.Latency;
import dev.prunelab.engine.metrics.ModelStats;
import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.optim.Adam;
import dev.prunelab.engine.prune.Amount;
import dev.prunelab.engine.prune.Criterion;
import dev.prunelab.engine.prune.Pruner;
import dev.prunelab.engine.prune.PruningMethod;
import dev.prunelab.engine.prune.Scope;
import dev.prunelab.engine.tensor.Matrix;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.engine.train.Shuffle;
import dev.prunelab.engine.train.Trainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The {@code digits} and {@code mnist} workloads of {@code shared/bench/README.md}, run exactly as
 * {@code torch_mlp_sweep.py} defines them. Each sparsity of the digits sweep is an independent run, so
 * they are spread over {@code threads} cores; each run itself is single-threaded, so the figures are
 * the same for any thread count.
 */
final class MlpWorkloads {

    static final double[] DIGITS_SPARSITIES = {0.5, 0.7, 0.8, 0.9, 0.95, 0.98};
    static final double[] MNIST_ROUNDS = {0.5, 0.75, 0.875, 0.92};
    private static final double LEARNING_RATE = 1e-3;

    private MlpWorkloads() {}

    static Map<String, Object> digits(int threads, long seed) {
        Split split = Splits.stratifiedTrainTest(Datasets.load("digits").dividedBy(16f), 0.2, seed);
        Samples train = Samples.of(split.train());
        Samples test = Samples.of(split.test());
        long start = System.nanoTime();
        Network dense = Models.mlp(new int[] {64, 256, 128, 10}, Activation.Kind.RELU, seed);
        fit(dense, train, 30, 32, seed);
        Map<String, Object> accuracy = new LinkedHashMap<>();
        accuracy.put("0.0", rounded(dense, test));
        System.err.printf("digits: dense model trained in %.3f s%n", (System.nanoTime() - start) / 1e9);
        List<Future<Double>> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (double sparsity : DIGITS_SPARSITIES) {
                runs.add(pool.submit(() -> {
                    long runStart = System.nanoTime();
                    Network pruned = dense.copy();
                    Pruner.prune(
                            pruned,
                            Criterion.magnitude(),
                            PruningMethod.unstructured(),
                            Scope.GLOBAL,
                            Amount.fraction(sparsity));
                    fit(pruned, train, 5, 32, seed);
                    System.err.printf(
                            "digits: sparsity %s pruned and fine-tuned in %.3f s%n",
                            sparsity, (System.nanoTime() - runStart) / 1e9);
                    return rounded(pruned, test);
                }));
            }
            for (int i = 0; i < runs.size(); i++) {
                accuracy.put(Double.toString(DIGITS_SPARSITIES[i]), runs.get(i).get());
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("digits sweep failed", e);
        } finally {
            pool.shutdown();
        }
        return line("digits", threads, start, accuracy);
    }

    static Map<String, Object> mnist(int threads, long seed) {
        Dataset all = Datasets.load("mnist");
        int[] order = Shuffle.permutation(all.rows(), seed);
        Samples train = Samples.of(all.subset(Arrays.copyOfRange(order, 0, 8000)));
        Samples test = Samples.of(all.subset(Arrays.copyOfRange(order, 8000, 10000)));
        long start = System.nanoTime();
        Network model = Models.mlp(new int[] {784, 300, 100, 10}, Activation.Kind.RELU, seed);
        fit(model, train, 10, 64, seed);
        Map<String, Object> accuracy = new LinkedHashMap<>();
        accuracy.put("0.0", rounded(model, test));
        for (double sparsity : MNIST_ROUNDS) {
            Pruner.pruneTo(model, Criterion.magnitude(), Scope.GLOBAL, sparsity);
            fit(model, train, 3, 64, seed);
            accuracy.put(Double.toString(sparsity), rounded(model, test));
        }
        Map<String, Object> result = line("mnist", threads, start, accuracy);
        ModelStats stats = ModelStats.of(model);
        System.err.printf(
                "mnist: weights %d total, %d non-zero (%.1fx fewer); bytes dense %d, CSR %d, bitmask %d%n",
                stats.weightsTotal(),
                stats.weightsNonZero(),
                (double) stats.weightsTotal() / stats.weightsNonZero(),
                stats.bytesDense(),
                stats.bytesCsr(),
                stats.bytesBitmask());
        Latency latency = Latency.measure(model, new Matrix(64, 784, Arrays.copyOf(test.features(), 64 * 784)), 20, 51);
        System.err.printf(
                "mnist: latency of a 64-row batch, median ms: dense %.3f, CSR %.3f, shrunk %.3f%n",
                latency.denseMillis(), latency.csrMillis(), latency.shrunkMillis());
        return result;
    }

    private static void fit(Network network, Samples train, int epochs, int batch, long seed) {
        new Trainer(epochs, batch, seed).fit(network, Adam.withDefaults(network.parameters(), LEARNING_RATE), train);
    }

    private static double rounded(Network network, Samples test) {
        return Json.round(Evaluation.of(network, test).accuracy(), 4);
    }

    private static Map<String, Object> line(String workload, int threads, long start, Map<String, Object> accuracy) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("workload", workload);
        line.put("engine", "prunelab");
        line.put("threads", threads);
        line.put("seconds", Json.round((System.nanoTime() - start) / 1e9, 3));
        line.put("accuracy", accuracy);
        return line;
    }
}
