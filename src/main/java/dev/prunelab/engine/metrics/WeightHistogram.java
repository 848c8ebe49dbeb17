package dev.prunelab.engine.metrics;

import dev.prunelab.engine.nn.Parameter;
import java.util.List;

/**
 * Histogram of weight values for charts: equal-width bins over [min, max] of the non-zero weights,
 * with the exact zeros (pruned weights) counted apart so the spike at 0 does not flatten the chart.
 *
 * <pre>{@code
 * WeightHistogram h = WeightHistogram.of(network.prunableWeights(), 40);
 * }</pre>
 *
 * @param min lower edge of the first bin
 * @param max upper edge of the last bin
 * @param counts non-zero weights per bin
 * @param zeros weights exactly 0
 */
public record WeightHistogram(double min, double max, long[] counts, long zeros) {

    /**
     * @param weights the parameters to pool
     * @param bins number of bins, in [1, 1000]
     */
    public static WeightHistogram of(List<Parameter> weights, int bins) {
        if (bins < 1 || bins > 1000) {
            throw new IllegalArgumentException("bins must be in [1, 1000], got " + bins);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long zeros = 0;
        for (Parameter p : weights) {
            for (float v : p.value()) {
                if (v == 0f) {
                    zeros++;
                } else {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        long[] counts = new long[bins];
        if (min > max) {
            return new WeightHistogram(0, 0, counts, zeros); // everything pruned
        }
        double width = (max - min) / bins;
        for (Parameter p : weights) {
            for (float v : p.value()) {
                if (v != 0f) {
                    int bin = width == 0 ? 0 : (int) Math.min(bins - 1, (v - min) / width);
                    counts[bin]++;
                }
            }
        }
        return new WeightHistogram(min, max, counts, zeros);
    }
}
