package dev.prunelab.lab.figures;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;

/** Symmetric round-to-nearest quantization of a network's weight matrices, simulated in float (fake-quant). */
final class Quantized {

    private Quantized() {}

    /**
     * A copy of {@code network} with every weight matrix rounded to {@code bits}-bit integers times a scale: one
     * scale per matrix, or one per output row. Zeros stay zero, so a pruned model stays exactly as sparse.
     */
    static Network copy(Network network, int bits, boolean perRow) {
        Network copy = network.copy();
        int levels = (1 << (bits - 1)) - 1;
        for (Parameter w : copy.prunableWeights()) {
            float[] v = w.value();
            int rows = perRow ? w.rows() : 1;
            int span = v.length / rows;
            for (int r = 0; r < rows; r++) {
                double max = 0;
                for (int i = r * span; i < (r + 1) * span; i++) {
                    max = Math.max(max, Math.abs(v[i]));
                }
                double scale = max == 0 ? 1 : max / levels;
                for (int i = r * span; i < (r + 1) * span; i++) {
                    v[i] = (float) (Math.round(v[i] / scale) * scale) + 0f;
                }
            }
        }
        return copy;
    }
}
