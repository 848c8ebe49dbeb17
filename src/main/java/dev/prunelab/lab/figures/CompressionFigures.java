package dev.prunelab.lab.figures;

import dev.prunelab.engine.metrics.ModelStats;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.prune.Criterion;
import dev.prunelab.engine.prune.Pruner;
import dev.prunelab.engine.prune.Scope;
import java.util.Map;

/** Quantization alone, and pruning and quantization together at equal bytes, on the trained digits MLP. */
final class CompressionFigures {

    static final int[] BITS = {2, 3, 4, 5, 6, 8};
    static final double[] SPARSITIES = {0, 0.5, 0.7, 0.8, 0.9};
    static final int[] FORMATS = {32, 8, 4};
    private static final String[] STYLES = {"fig-control", "fig-s1", "fig-s2"};

    private CompressionFigures() {}

    static void draw(TrainedDigits digits, Map<String, String> svgs) {
        svgs.put("quantization-bits", bits(digits));
        svgs.put("prune-quantize-bytes", equalBytes(digits));
    }

    /** Test accuracy against bits per weight, one scale per matrix vs one per output row. */
    private static String bits(TrainedDigits digits) {
        double[] x = new double[BITS.length];
        double[] perTensor = new double[BITS.length];
        double[] perRow = new double[BITS.length];
        for (int i = 0; i < BITS.length; i++) {
            x[i] = BITS[i];
            perTensor[i] = 100 * digits.accuracy(Quantized.copy(digits.network(), BITS[i], false));
            perRow[i] = 100 * digits.accuracy(Quantized.copy(digits.network(), BITS[i], true));
        }
        return TrainedDigits.accuracyAgainst(
                        2, 8, new double[] {2, 3, 4, 5, 6, 7, 8}, "bits per weight (symmetric, round to nearest)")
                .level(100 * digits.accuracy(digits.network()), "fp32")
                .series("one scale per output row", "fig-s1", x, perRow, false)
                .series("one scale per matrix", "fig-s2", x, perTensor, false)
                .svg();
    }

    /**
     * Accuracy against the model's bytes: magnitude pruning (global, no retraining) at each sparsity, then the values
     * stored in 32, 8 or 4 bits per row scale, in the bitmask format (one bit per entry plus the non-zero values).
     */
    private static String equalBytes(TrainedDigits digits) {
        double[][] kib = new double[FORMATS.length][SPARSITIES.length];
        double[][] accuracy = new double[FORMATS.length][SPARSITIES.length];
        double highest = 0;
        for (int s = 0; s < SPARSITIES.length; s++) {
            Network pruned = digits.network().copy();
            if (SPARSITIES[s] > 0) {
                Pruner.pruneTo(pruned, Criterion.magnitude(), Scope.GLOBAL, SPARSITIES[s]);
            }
            ModelStats stats = ModelStats.of(pruned);
            for (int f = 0; f < FORMATS.length; f++) {
                Network model = FORMATS[f] == 32 ? pruned : Quantized.copy(pruned, FORMATS[f], true);
                kib[f][s] = bytes(stats, FORMATS[f], SPARSITIES[s] > 0) / 1024;
                accuracy[f][s] = 100 * digits.accuracy(model);
                highest = Math.max(highest, kib[f][s]);
            }
        }
        double xMax = Math.ceil(highest / 8) * 8;
        Plot plot = TrainedDigits.accuracyAgainst(
                0,
                xMax,
                new double[] {0, xMax / 4, xMax / 2, 3 * xMax / 4, xMax},
                "model size (KiB); points at 0, 50, 70, 80, 90% sparse");
        for (int f = 0; f < FORMATS.length; f++) {
            plot.series(
                    FORMATS[f] == 32 ? "fp32 values" : FORMATS[f] + "-bit values",
                    STYLES[f],
                    kib[f],
                    accuracy[f],
                    f == 0);
        }
        return plot.svg();
    }

    /**
     * Bytes of the model with weight values of {@code bits} bits: dense (every entry) or bitmask-sparse (one bit per
     * entry plus the non-zero values); biases and the per-row scales (one fp32 each) counted too.
     */
    static double bytes(ModelStats stats, int bits, boolean sparse) {
        double biases = 4.0 * (stats.parametersTotal() - stats.weightsTotal());
        double scales = bits == 32 ? 0 : 4.0 * rows(stats);
        double values = (sparse ? stats.weightsNonZero() : stats.weightsTotal()) * bits / 8.0;
        double mask = sparse ? stats.weightsTotal() / 8.0 : 0;
        return biases + scales + values + mask;
    }

    private static long rows(ModelStats stats) {
        // the MLP's biases have one entry per output row of each weight matrix
        return stats.parametersTotal() - stats.weightsTotal();
    }
}
