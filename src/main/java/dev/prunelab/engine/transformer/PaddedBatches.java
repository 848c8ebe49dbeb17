package dev.prunelab.engine.transformer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Encoding in the reference workload's layout: consecutive batches of a fixed number of sentences, each
 * padded to its longest sentence, the padding rows computed through every layer as a padded tensor's
 * are. The benchmark and the pruning evaluation use it so their work matches the reference scripts';
 * {@link SentenceEncoder} packs sentences instead.
 *
 * <pre>{@code
 * float[][] v = PaddedBatches.encode(model, tokens, 32, 2); // batches shared by 2 threads
 * }</pre>
 */
public final class PaddedBatches {

    private PaddedBatches() {}

    /**
     * @param model the encoder (not modified)
     * @param tokens token ids per sentence
     * @param batchSize sentences per batch, >= 1
     * @param threads threads sharing the batches (each batch runs on one thread), >= 1
     * @return one normalised vector per sentence, in order
     */
    public static float[][] encode(MiniLm model, List<int[]> tokens, int batchSize, int threads) {
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException(
                    "batchSize and threads must be >= 1, got " + batchSize + " and " + threads);
        }
        float[][] out = new float[tokens.size()][];
        int batches = (tokens.size() + batchSize - 1) / batchSize;
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            Workspace work = new Workspace();
            for (int b = next.getAndIncrement(); b < batches && failure.get() == null; b = next.getAndIncrement()) {
                int first = b * batchSize;
                List<int[]> batch = tokens.subList(first, Math.min(tokens.size(), first + batchSize));
                try {
                    model.encode(TokenBatch.padded(batch), work, out, first);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, batches); t++) {
            Thread helper = new Thread(worker, "minilm-batch-" + t);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while encoding", e);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return out;
    }

    /** Rows the padded layout computes: each batch's longest sentence times its size. */
    public static long paddedRows(List<int[]> tokens, int batchSize) {
        long rows = 0;
        for (int first = 0; first < tokens.size(); first += batchSize) {
            List<int[]> batch = tokens.subList(first, Math.min(tokens.size(), first + batchSize));
            rows += (long) batch.size()
                    * batch.stream().mapToInt(t -> t.length).max().orElse(0);
        }
        return rows;
    }
}
