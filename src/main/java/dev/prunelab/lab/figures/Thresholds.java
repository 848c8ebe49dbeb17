package dev.prunelab.lab.figures;

import dev.prunelab.engine.metrics.WeightHistogram;

/** The magnitude threshold read off a histogram, for figures that mark it (the lab keeps no raw weights). */
final class Thresholds {

    private Thresholds() {}

    /**
     * The smallest t with about {@code sparsity} of the non-zero weights inside (−t, t), counting each bin's weights as
     * spread evenly over it: exact to within one bin's width.
     */
    static double magnitude(WeightHistogram h, double sparsity) {
        long[] counts = h.counts();
        double width = (h.max() - h.min()) / counts.length;
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double bound = Math.max(Math.abs(h.min()), Math.abs(h.max()));
        double lo = 0;
        double hi = bound;
        for (int iteration = 0; iteration < 60; iteration++) {
            double t = (lo + hi) / 2;
            double inside = 0;
            for (int i = 0; i < counts.length; i++) {
                double from = h.min() + i * width;
                double overlap = Math.max(0, Math.min(from + width, t) - Math.max(from, -t));
                inside += counts[i] * overlap / width;
            }
            if (inside / total < sparsity) {
                lo = t;
            } else {
                hi = t;
            }
        }
        return hi;
    }
}
