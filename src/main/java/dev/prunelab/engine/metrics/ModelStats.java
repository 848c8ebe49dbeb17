package dev.prunelab.engine.metrics;

import dev.prunelab.engine.nn.Layer;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Size and cost of a model: parameter counts, FLOPs per sample (2 per multiply-add) with every weight
 * counted (dense) or only non-zero ones (effective, what a sparse kernel could skip), storage in bytes
 * for three formats, and the sparsity of each weight matrix.
 *
 * <p>Storage formats: dense fp32 = 4 bytes per parameter; CSR = per weight matrix 4-byte values and
 * 4-byte column indices of the non-zeros plus (rows+1) 4-byte row pointers; bitmask = per weight one
 * bit per entry plus the 4-byte non-zero values. Biases are stored dense in every format. A convolution's
 * weight matrix is {@code filters × (channels·k·k)}, the layout {@link CsrInference} runs on.
 *
 * @param parametersTotal all parameters, biases included
 * @param parametersNonZero the non-zero ones
 * @param weightsTotal entries of the weight matrices (what pruning targets)
 * @param weightsNonZero non-zero weight entries
 * @param flopsDense FLOPs per sample, dense
 * @param flopsEffective FLOPs per sample counting non-zero weights only
 * @param bytesDense fp32 storage
 * @param bytesCsr compressed sparse row storage
 * @param bytesBitmask bitmask + values storage
 * @param layers per weight matrix: name, size, non-zeros, sparsity
 */
public record ModelStats(
        long parametersTotal,
        long parametersNonZero,
        long weightsTotal,
        long weightsNonZero,
        long flopsDense,
        long flopsEffective,
        long bytesDense,
        long bytesCsr,
        long bytesBitmask,
        List<LayerSparsity> layers) {

    /**
     * @param name the weight's name, e.g. {@code fc1.weight}
     * @param size entries
     * @param nonZero non-zero entries
     * @param sparsity share of zeros, in [0, 1]
     */
    public record LayerSparsity(String name, int size, int nonZero, double sparsity) {}

    /** Measures a network (no data needed). */
    public static ModelStats of(Network network) {
        long total = 0;
        long nonZero = 0;
        long weightsTotal = 0;
        long weightsNonZero = 0;
        long csr = 0;
        long bitmask = 0;
        List<LayerSparsity> layers = new ArrayList<>();
        for (Parameter p : network.parameters()) {
            int nz = p.countNonZero();
            total += p.size();
            nonZero += nz;
            if (p.prunable()) {
                weightsTotal += p.size();
                weightsNonZero += nz;
                csr += 8L * nz + 4L * (p.rows() + 1);
                bitmask += (p.size() + 7) / 8 + 4L * nz;
                layers.add(new LayerSparsity(p.name(), p.size(), nz, 1 - (double) nz / p.size()));
            } else {
                csr += 4L * p.size();
                bitmask += 4L * p.size();
            }
        }
        long macsDense = 0;
        long macsEffective = 0;
        for (Layer layer : network.layers()) {
            macsDense += layer.denseMultiplyAdds();
            macsEffective += layer.effectiveMultiplyAdds();
        }
        return new ModelStats(
                total,
                nonZero,
                weightsTotal,
                weightsNonZero,
                2 * macsDense,
                2 * macsEffective,
                4 * total,
                csr,
                bitmask,
                List.copyOf(layers));
    }
}
