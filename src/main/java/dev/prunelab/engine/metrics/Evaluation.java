package dev.prunelab.engine.metrics;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.SoftmaxCrossEntropy;
import dev.prunelab.engine.tensor.Matrix;
import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.engine.train.Samples;
import java.util.Arrays;

/**
 * How well a network classifies a set of rows: accuracy, mean loss, per-class accuracy (recall) and
 * the confusion matrix ({@code confusion[true][predicted]} counts).
 *
 * <pre>{@code
 * Evaluation e = Evaluation.of(network, test);
 * double acc = e.accuracy();
 * }</pre>
 *
 * @param accuracy share of rows whose arg-max logit is the label, in [0, 1]
 * @param loss mean softmax cross-entropy
 * @param perClassAccuracy per true class, correct / rows of that class (NaN for a class with no rows)
 * @param confusion counts indexed [true class][predicted class]
 */
public record Evaluation(double accuracy, double loss, double[] perClassAccuracy, int[][] confusion) {

    private static final int BATCH = 512;

    /**
     * Evaluates in batches of 512 rows (no gradients kept).
     *
     * @param network the model
     * @param data rows with labels below {@code network.classes()}
     */
    public static Evaluation of(Network network, Samples data) {
        return of(network, data, Cancellation.NEVER);
    }

    /**
     * Evaluates in batches of 512 rows, checking the token before each batch: a large test set through a CNN takes
     * seconds, too long for a cancel or a time budget to wait.
     *
     * @param network the model
     * @param data rows with labels below {@code network.classes()}
     * @param cancellation checked before each batch
     * @throws java.util.concurrent.CancellationException once the token is cancelled
     */
    public static Evaluation of(Network network, Samples data, Cancellation cancellation) {
        if (data.width() != network.inputSize()) {
            throw new IllegalArgumentException(
                    "data width must equal the network input size " + network.inputSize() + ", got " + data.width());
        }
        int classes = network.classes();
        int[][] confusion = new int[classes][classes];
        SoftmaxCrossEntropy lossFunction = new SoftmaxCrossEntropy();
        double lossSum = 0;
        int correct = 0;
        int width = data.width();
        for (int start = 0; start < data.rows(); start += BATCH) {
            cancellation.throwIfCancelled();
            int rows = Math.min(BATCH, data.rows() - start);
            float[] slice = Arrays.copyOfRange(data.features(), start * width, (start + rows) * width);
            Matrix logits = network.forward(new Matrix(rows, width, slice));
            lossSum += lossFunction.forward(logits, data.labels(), start) * rows;
            for (int r = 0; r < rows; r++) {
                int predicted = logits.argmaxOfRow(r);
                int truth = data.labels()[start + r];
                confusion[truth][predicted]++;
                if (predicted == truth) {
                    correct++;
                }
            }
        }
        return new Evaluation((double) correct / data.rows(), lossSum / data.rows(), perClass(confusion), confusion);
    }

    private static double[] perClass(int[][] confusion) {
        double[] recall = new double[confusion.length];
        for (int c = 0; c < confusion.length; c++) {
            int total = 0;
            for (int count : confusion[c]) {
                total += count;
            }
            recall[c] = total == 0 ? Double.NaN : (double) confusion[c][c] / total;
        }
        return recall;
    }
}
