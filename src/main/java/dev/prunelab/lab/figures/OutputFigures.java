package dev.prunelab.lab.figures;

import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Layer;
import dev.prunelab.engine.tensor.Matrix;
import dev.prunelab.engine.train.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Figures read off the trained digits MLP's outputs: its softened predictions, and how often its ReLUs are zero. */
final class OutputFigures {

    static final double[] TEMPERATURES = {1, 4, 10};
    /** A unit counts as dead when it is zero on at least this share of test images. */
    static final double DEAD = 0.99;

    static final double CONFIDENT = 0.9;

    private static final String[] STYLES = {"fig-s1", "fig-s2", "fig-s3"};

    private OutputFigures() {}

    static void draw(TrainedDigits digits, Map<String, String> svgs) {
        svgs.put("soft-targets", softTargets(digits));
        svgs.put("relu-zeros", reluZeros(digits));
    }

    /**
     * The teacher's probabilities for one test image at three temperatures: of the images it classifies correctly
     * and confidently (at least {@value #CONFIDENT} at T = 1), the one whose runner-up class gets the most probability:
     * a hard label hides that runner-up, the softened targets show it.
     */
    private static String softTargets(TrainedDigits digits) {
        Samples test = digits.test();
        Matrix logits = digits.network().copy().forward(new Matrix(test.rows(), test.width(), test.features()));
        int chosen = 0;
        double best = -1;
        for (int r = 0; r < test.rows(); r++) {
            double[] p = softmax(logits, r, 1);
            boolean confident = logits.argmaxOfRow(r) == test.labels()[r] && p[test.labels()[r]] >= CONFIDENT;
            if (confident && secondLargest(p) > best) {
                best = secondLargest(p);
                chosen = r;
            }
        }
        int classes = logits.cols;
        Plot plot = new Plot(-0.5, classes - 0.5, 0, 100)
                .axes(
                        new double[0],
                        "class; the image shows a " + test.labels()[chosen],
                        new double[] {0, 25, 50, 75, 100},
                        "probability (%)");
        for (int t = 0; t < TEMPERATURES.length; t++) {
            double[] p = softmax(logits, chosen, TEMPERATURES[t]);
            for (int c = 0; c < classes; c++) {
                plot.bar(c - 0.27 + 0.27 * t, 0.25, 100 * p[c], STYLES[t]);
            }
            plot.legend("T = " + Math.round(TEMPERATURES[t]), STYLES[t]);
        }
        for (int c = 0; c < classes; c++) {
            plot.label(c, -8, String.valueOf(c), "middle");
        }
        return plot.svg();
    }

    static double[] softmax(Matrix logits, int row, double temperature) {
        double[] p = new double[logits.cols];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < p.length; c++) {
            max = Math.max(max, logits.data[row * logits.cols + c] / temperature);
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(logits.data[row * logits.cols + c] / temperature - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    private static double secondLargest(double[] p) {
        double first = -1;
        double second = -1;
        for (double v : p) {
            if (v > first) {
                second = first;
                first = v;
            } else if (v > second) {
                second = v;
            }
        }
        return second;
    }

    /** Per hidden layer: the share of ReLU outputs that are exactly zero, and the share of units that are dead. */
    private static String reluZeros(TrainedDigits digits) {
        Samples test = digits.test();
        Matrix x = new Matrix(test.rows(), test.width(), test.features().clone());
        List<double[]> rows = new ArrayList<>();
        for (Layer layer : digits.network().copy().layers()) {
            x = layer.forward(x);
            if (layer instanceof Activation) {
                rows.add(zeros(x));
            }
            x = new Matrix(x.rows, x.cols, x.data.clone());
        }
        int n = rows.size();
        Plot plot = new Plot(-0.5, n - 0.5, 0, 100)
                .axes(new double[0], "hidden layer", new double[] {0, 20, 40, 60, 80, 100}, "% of the layer");
        for (int i = 0; i < n; i++) {
            plot.bar(i - 0.2, 0.36, 100 * rows.get(i)[0], "fig-s1");
            plot.bar(i + 0.2, 0.36, 100 * rows.get(i)[1], "fig-s2");
            plot.label(i, -9, "hidden " + (i + 1) + " (" + Math.round(rows.get(i)[2]) + " units)", "middle");
        }
        return plot.legend("outputs that are exactly zero (all test images)", "fig-s1")
                .legend("units zero on ≥ " + Math.round(100 * DEAD) + "% of test images", "fig-s2")
                .svg();
    }

    /** {share of zero entries, share of dead columns, columns} of a ReLU's output. */
    static double[] zeros(Matrix out) {
        long zero = 0;
        int dead = 0;
        for (int c = 0; c < out.cols; c++) {
            int columnZeros = 0;
            for (int r = 0; r < out.rows; r++) {
                if (out.data[r * out.cols + c] == 0f) {
                    columnZeros++;
                }
            }
            zero += columnZeros;
            if (columnZeros >= DEAD * out.rows) {
                dead++;
            }
        }
        return new double[] {(double) zero / ((long) out.rows * out.cols), (double) dead / out.cols, out.cols};
    }
}
