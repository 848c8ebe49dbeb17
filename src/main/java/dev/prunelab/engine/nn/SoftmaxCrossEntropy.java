package dev.prunelab.engine.nn;

import dev.prunelab.engine.tensor.Matrix;

/**
 * Mean softmax cross-entropy over a batch, as PyTorch's {@code F.cross_entropy(logits, labels)}, with
 * its gradient {@code (softmax(z) − onehot(y)) / batch} computed in the same pass.
 */
public final class SoftmaxCrossEntropy {

    private Matrix gradient;

    /**
     * Computes the loss and keeps the gradient for {@link #gradient()}.
     *
     * @param logits one row per sample, one column per class
     * @param labels one class index per row, each in [0, classes)
     * @param offset position of the batch's first label in {@code labels}
     * @return the mean loss over the batch
     */
    public double forward(Matrix logits, int[] labels, int offset) {
        int classes = logits.cols;
        gradient = Matrix.reuseOrAllocate(gradient, logits.rows, classes);
        float[] z = logits.data;
        float[] g = gradient.data;
        double total = 0;
        float invBatch = 1f / logits.rows;
        for (int r = 0; r < logits.rows; r++) {
            int label = labels[offset + r];
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label must be in [0, " + classes + "), got " + label);
            }
            int base = r * classes;
            float max = z[base];
            for (int j = 1; j < classes; j++) {
                max = Math.max(max, z[base + j]);
            }
            double sum = 0;
            for (int j = 0; j < classes; j++) {
                float e = (float) Math.exp(z[base + j] - max);
                g[base + j] = e;
                sum += e;
            }
            total += Math.log(sum) - (z[base + label] - max);
            float inv = (float) (1.0 / sum) * invBatch;
            for (int j = 0; j < classes; j++) {
                g[base + j] *= inv;
            }
            g[base + label] -= invBatch;
        }
        return total / logits.rows;
    }

    /** dLoss/dLogits of the last {@link #forward}. */
    public Matrix gradient() {
        return gradient;
    }
}
