package dev.prunelab.engine.metrics;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.prune.Shrinker;
import dev.prunelab.engine.tensor.Matrix;
import dev.prunelab.engine.train.Cancellation;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Measured inference latency of one batch in three forms: the dense network (masked zeros still
 * multiplied), every dense and convolution weight in CSR ({@link CsrInference}), and the structurally
 * shrunk network. Each is warmed up, then timed {@code repeats} times; the median is reported (robust to a
 * noisy shared machine).
 *
 * @param denseMillis median milliseconds per batch, dense
 * @param csrMillis median milliseconds per batch, CSR weights
 * @param shrunkMillis median milliseconds per batch, after {@link Shrinker#shrink}
 */
public record Latency(double denseMillis, double csrMillis, double shrunkMillis) {

    /**
     * @param network the (pruned) model; not modified
     * @param batch the input batch
     * @param warmUp untimed runs first, in [0, 10000]
     * @param repeats timed runs, in [1, 10000]
     */
    public static Latency measure(Network network, Matrix batch, int warmUp, int repeats) {
        return measure(network, batch, warmUp, repeats, Cancellation.NEVER);
    }

    /**
     * As {@link #measure(Network, Matrix, int, int)}, checking the token before every forward pass: dozens of passes
     * of a CNN take seconds on a busy machine.
     *
     * @throws java.util.concurrent.CancellationException once the token is cancelled
     */
    public static Latency measure(Network network, Matrix batch, int warmUp, int repeats, Cancellation cancellation) {
        if (warmUp < 0 || warmUp > 10000) {
            throw new IllegalArgumentException("warmUp must be in [0, 10000], got " + warmUp);
        }
        if (repeats < 1 || repeats > 10000) {
            throw new IllegalArgumentException("repeats must be in [1, 10000], got " + repeats);
        }
        Network dense = network.copy();
        CsrInference csr = new CsrInference(network);
        Network shrunk = Shrinker.shrink(network);
        return new Latency(
                median(dense::forward, batch, warmUp, repeats, cancellation),
                median(csr::forward, batch, warmUp, repeats, cancellation),
                median(shrunk::forward, batch, warmUp, repeats, cancellation));
    }

    private static double median(
            UnaryOperator<Matrix> forward, Matrix batch, int warmUp, int repeats, Cancellation cancellation) {
        for (int i = 0; i < warmUp; i++) {
            cancellation.throwIfCancelled();
            forward.apply(batch);
        }
        double[] millis = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            cancellation.throwIfCancelled();
            long start = System.nanoTime();
            forward.apply(batch);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return repeats % 2 == 1 ? millis[repeats / 2] : (millis[repeats / 2 - 1] + millis[repeats / 2]) / 2;
    }
}
