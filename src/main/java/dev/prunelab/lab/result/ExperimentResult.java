package dev.prunelab.lab.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.prunelab.engine.metrics.ModelStats;
import dev.prunelab.engine.metrics.WeightHistogram;
import dev.prunelab.engine.tree.TreeNode;
import java.util.List;

/**
 * Everything a finished experiment shows, stored as JSON and fed to the result page's charts. Network experiments
 * fill the sweep sections; tree experiments fill {@link #tree}; the decision-boundary preset adds {@link #boundary}.
 *
 * @param kind       {@value #NETWORK} or {@value #TREE}
 * @param data       what the model was trained and tested on
 * @param baseline   test accuracy of the dense (unpruned) network, or of the full tree
 * @param series     accuracy against sparsity, one line per compared setting plus the random-pruning control
 * @param layers     per weight matrix sparsity at the largest target, per series
 * @param histograms weight values before and after pruning (main series, largest target)
 * @param perClass   per-class test accuracy, dense and at each target (main series)
 * @param cost       size, FLOPs and measured latency: the dense model and the main series at each target
 * @param boundary   decision-boundary pictures (2-D data sets)
 * @param tree       the cost-complexity pruning path and the trees before and after
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExperimentResult(
        String kind,
        DataInfo data,
        double baseline,
        List<Series> series,
        List<LayerRow> layers,
        Histograms histograms,
        PerClass perClass,
        List<CostRow> cost,
        Boundary boundary,
        TreeResult tree) {

    public static final String NETWORK = "network";
    public static final String TREE = "tree";

    /** The headline figure for progress: the main series' accuracy at its largest target, or the pruned tree's. */
    @JsonIgnore
    public double score() {
        if (tree != null) {
            return tree.testAccuracyAfter();
        }
        List<Point> points = series.get(0).points();
        return points.get(points.size() - 1).accuracy();
    }

    /** @param sizes layer widths, input first (networks) */
    public record DataInfo(
            String dataset,
            String model,
            int trainRows,
            int testRows,
            int features,
            int classes,
            List<String> classNames,
            List<Integer> sizes) {}

    /** @param role "main", "compare" or "control" */
    public record Series(String name, String role, List<Point> points) {}

    /**
     * @param target   the asked-for sparsity (fraction of weights, or of units for neuron pruning)
     * @param sparsity the measured share of zero weights
     * @param epochs   training epochs this point cost after the dense model (fine-tuning, retraining)
     */
    public record Point(double target, double sparsity, double accuracy, int epochs) {}

    public record LayerRow(String series, double target, List<ModelStats.LayerSparsity> layers) {}

    public record Histograms(WeightHistogram before, WeightHistogram after, double afterTarget) {}

    /** @param accuracy per target, per class (null for a class without test rows) */
    public record PerClass(
            List<String> classes, List<Double> dense, List<Double> targets, List<List<Double>> accuracy) {}

    /** @param units hidden units (neurons or filters) left after shrinking */
    public record CostRow(
            String model,
            double target,
            long parameters,
            long nonZero,
            long flopsDense,
            long flopsEffective,
            long bytesDense,
            long bytesCsr,
            long bytesBitmask,
            double latencyDenseMs,
            double latencyCsrMs,
            double latencyShrunkMs,
            int units) {}

    /**
     * @param grid    per frame, the predicted class of each of resolution² cells, row by row from the top
     * @param points  the test points as [x, y, class]
     */
    public record Boundary(
            double xMin,
            double xMax,
            double yMin,
            double yMax,
            int resolution,
            List<float[]> points,
            List<Frame> frames) {}

    public record Frame(double target, double accuracy, int[] grid) {}

    /**
     * @param path      one row per alpha of the pruning path
     * @param bestAlpha chosen by cross-validation on the training rows
     * @param before    the full tree's nodes
     * @param after     the nodes of the tree pruned at {@code bestAlpha}
     */
    public record TreeResult(
            List<AlphaRow> path,
            double bestAlpha,
            double testAccuracyBefore,
            double testAccuracyAfter,
            List<TreeNode> before,
            List<TreeNode> after) {}

    public record AlphaRow(
            double alpha,
            double impurity,
            int nodes,
            int leaves,
            double trainAccuracy,
            double cvAccuracy,
            double testAccuracy) {}
}
