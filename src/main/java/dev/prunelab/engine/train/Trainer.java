package dev.prunelab.engine.train;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.nn.SoftmaxCrossEntropy;
import dev.prunelab.engine.optim.Optimizer;
import dev.prunelab.engine.tensor.Matrix;
import java.util.SplittableRandom;

/**
 * Mini-batch training with softmax cross-entropy: each epoch visits the rows in a fresh seeded
 * shuffle (the last batch may be smaller, as PyTorch's loop over {@code randperm}), reports progress
 * and checks for cancellation between batches. Masks stay fixed: the optimizer keeps masked weights
 * at zero.
 *
 * <pre>{@code
 * Trainer trainer = new Trainer(30, 32, 0L);
 * trainer.fit(network, Adam.withDefaults(network.parameters(), 1e-3), train);
 * }</pre>
 */
public final class Trainer {

    /** Largest epoch count one run may ask for (the web lab's budget). */
    public static final int MAX_EPOCHS = 1000;
    /** Largest batch size. */
    public static final int MAX_BATCH = 65536;

    private final int epochs;
    private final int batchSize;
    private final long seed;
    private ProgressListener listener = ProgressListener.NONE;
    private Cancellation cancellation = Cancellation.NEVER;
    private StepHook hook = StepHook.NONE;

    /**
     * @param epochs passes over the data, in [0, {@link #MAX_EPOCHS}]
     * @param batchSize rows per step, in [1, {@link #MAX_BATCH}]
     * @param seed shuffling seed
     */
    public Trainer(int epochs, int batchSize, long seed) {
        if (epochs < 0 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be in [0, " + MAX_EPOCHS + "], got " + epochs);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batchSize must be in [1, " + MAX_BATCH + "], got " + batchSize);
        }
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    /** Sends a report after every step to {@code progressListener}. */
    public Trainer onProgress(ProgressListener progressListener) {
        this.listener = progressListener;
        return this;
    }

    /** Stops with {@link java.util.concurrent.CancellationException} once the token is cancelled. */
    public Trainer cancelWith(Cancellation token) {
        this.cancellation = token;
        return this;
    }

    /** Runs {@code stepHook} after each backward pass (for pruning scores that use gradients). */
    public Trainer afterBackward(StepHook stepHook) {
        this.hook = stepHook;
        return this;
    }

    /**
     * Trains in place.
     *
     * @param network the model; its input width must equal {@code data.width()}
     * @param optimizer built over {@code network.parameters()}
     * @param data the training rows
     * @return the mean loss of the last epoch (NaN when epochs is 0)
     */
    public double fit(Network network, Optimizer optimizer, Samples data) {
        requireCompatible(network, data);
        int rows = data.rows();
        int[] order = Shuffle.identity(rows);
        SplittableRandom random = new SplittableRandom(seed);
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        int[] batchLabels = new int[Math.min(batchSize, rows)];
        Matrix batch = null;
        double sparsity = sparsity(network);
        double lastEpochLoss = Double.NaN;
        long step = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Shuffle.permute(order, random);
            double lossSum = 0;
            for (int start = 0; start < rows; start += batchSize) {
                cancellation.throwIfCancelled();
                int size = Math.min(batchSize, rows - start);
                batch = Matrix.reuseOrAllocate(batch, size, data.width());
                Shuffle.gather(data, order, start, batch, batchLabels);
                double batchLoss = loss.forward(network.forward(batch), batchLabels, 0);
                network.backward(loss.gradient());
                hook.afterBackward(network);
                optimizer.step();
                lossSum += batchLoss * size;
                step++;
                listener.onProgress(new Progress(step, epoch, epochs, lossSum / (start + size), sparsity));
            }
            lastEpochLoss = lossSum / rows;
        }
        return lastEpochLoss;
    }

    static void requireCompatible(Network network, Samples data) {
        if (data.width() != network.inputSize()) {
            throw new IllegalArgumentException(
                    "data width must equal the network input size " + network.inputSize() + ", got " + data.width());
        }
        if (data.classes() > network.classes()) {
            throw new IllegalArgumentException(
                    "labels must be in [0, " + network.classes() + "), got " + (data.classes() - 1));
        }
    }

    /** Fraction of prunable weights that are masked out. */
    public static double sparsity(Network network) {
        long total = 0;
        long masked = 0;
        for (Parameter p : network.prunableWeights()) {
            total += p.size();
            float[] mask = p.mask();
            if (mask != null) {
                for (float m : mask) {
                    if (m == 0f) {
                        masked++;
                    }
                }
            }
        }
        return total == 0 ? 0 : (double) masked / total;
    }
}
