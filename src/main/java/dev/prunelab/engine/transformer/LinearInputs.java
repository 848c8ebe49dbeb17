package dev.prunelab.engine.transformer;

import java.util.List;

/**
 * Sees the input of linear layers during a forward pass: how calibration collects the activation
 * statistics of Wanda and SparseGPT. Q, K and V share one input and are reported together.
 */
@FunctionalInterface
public interface LinearInputs {

    /**
     * @param roles the layers about to read this input
     * @param x the input, rows × columns, row-major (valid only during the call)
     * @param rows every row of the batch (padding rows too in a padded layout)
     * @param columns the layers' input width
     */
    void accept(List<LinearRole> roles, float[] x, int rows, int columns);
}
