package dev.prunelab.engine.transformer.prune;

import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.transformer.EncoderBlock;
import dev.prunelab.engine.transformer.LinearRole;
import dev.prunelab.engine.transformer.MiniLm;

/**
 * Parameter and byte counts of a model, with the embeddings apart: in all-MiniLM-L6-v2 they are 53% of the
 * parameters and no linear-layer pruning touches them.
 *
 * @param embeddingParameters word, position and token-type embeddings and their LayerNorm
 * @param blockParameters everything in the encoder blocks (weights, biases, LayerNorms)
 * @param linearWeights entries of the 36 (or fewer-rowed, after shrinking) linear weight matrices
 * @param linearNonZero of those, the non-zero ones
 * @param denseBytes float32 storage of every parameter
 * @param sparseBytes the same with the linear weights in CSR: a float32 value and a 16-bit column index per
 *     non-zero, a 32-bit offset per row
 */
public record ModelSize(
        long embeddingParameters,
        long blockParameters,
        long linearWeights,
        long linearNonZero,
        long denseBytes,
        long sparseBytes) {

    public static ModelSize of(MiniLm model) {
        long weights = 0;
        long nonZero = 0;
        long rows = 0;
        for (EncoderBlock block : model.blocks()) {
            for (LinearRole role : LinearRole.values()) {
                Parameter w = block.linear(role).weight();
                weights += w.size();
                nonZero += w.countNonZero();
                rows += w.rows();
            }
        }
        long parameters = model.embeddingParameters() + model.blockParameters();
        long dense = 4 * parameters;
        long sparse =
                dense - 4 * weights + 6 * nonZero + 4 * (rows + model.blocks().size() * 6L);
        return new ModelSize(model.embeddingParameters(), model.blockParameters(), weights, nonZero, dense, sparse);
    }

    /** All parameters. */
    public long parameters() {
        return embeddingParameters + blockParameters;
    }

    /** Share of the parameters in the embeddings. */
    public double embeddingShare() {
        return (double) embeddingParameters / parameters();
    }

    /** Share of the linear weights that are zero. */
    public double linearSparsity() {
        return 1 - (double) linearNonZero / linearWeights;
    }
}
