package dev.prunelab.engine.bench;

import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.data.Datasets;
import dev.prunelab.engine.tree.Criterion;
import dev.prunelab.engine.tree.DecisionTree;
import dev.prunelab.engine.tree.PruningPath;
import dev.prunelab.engine.tree.TreeOptions;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * The benchmark's {@code ccp} workload (shared/bench/README.md): a CART classifier on all rows of
 * breast_cancer, wine and digits (no depth limit, min_samples_leaf 1), then its minimal
 * cost-complexity pruning path. Prints one JSON line per data set with the keys of
 * {@code sklearn_ccp_path.py} plus {@code "workload": "ccp"}. {@code ms_per_fit_and_path} is the
 * median of {@value #REPEATS} timed runs after {@value #WARMUP} warm-up runs, in this JVM; data
 * loading is not timed.
 *
 * <pre>
 * java -cp target/classes dev.prunelab.engine.bench.CcpWorkload [gini|entropy]
 * </pre>
 */
public final class CcpWorkload {

    /** The data sets of the workload, in the reference script's order. */
    public static final List<String> DATASETS = List.of("breast_cancer", "wine", "digits");

    private static final int WARMUP = 200;
    private static final int REPEATS = 20;

    private CcpWorkload() {}

    /**
     * Runs the workload and prints one JSON line per data set to {@code out}.
     *
     * @param criterion {@code "gini"} or {@code "entropy"}
     * @throws IllegalArgumentException for another criterion
     */
    public static void run(String criterion, PrintStream out) {
        run(criterion, out, WARMUP, REPEATS);
    }

    static void run(String criterion, PrintStream out, int warmup, int repeats) {
        TreeOptions options = TreeOptions.defaults().withCriterion(Criterion.parse(criterion));
        for (String name : DATASETS) {
            Dataset data = Datasets.load(name);
            for (int i = 0; i < warmup; i++) {
                fitAndPath(data, options);
            }
            double[] millis = new double[repeats];
            DecisionTree tree = null;
            PruningPath path = null;
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                tree = DecisionTree.fit(data, options);
                path = tree.pruningPath();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            out.println(jsonLine(name, options.criterion(), tree, path, median(millis)));
        }
    }

    private static PruningPath fitAndPath(Dataset data, TreeOptions options) {
        return DecisionTree.fit(data, options).pruningPath();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String jsonLine(
            String dataset, Criterion criterion, DecisionTree tree, PruningPath path, double ms) {
        return "{\"workload\": \"ccp\", \"dataset\": \"" + dataset + "\", \"criterion\": \"" + criterion.key()
                + "\", \"engine\": \"prunelab\", \"nodes\": " + tree.nodeCount()
                + ", \"leaves\": " + tree.leafCount() + ", \"depth\": " + tree.depth()
                + ", \"ms_per_fit_and_path\": " + number(Math.round(ms * 1000) / 1000.0)
                + ", \"ccp_alphas\": " + numbers(path.ccpAlphas())
                + ", \"impurities\": " + numbers(path.impurities()) + "}";
    }

    private static String numbers(double[] values) {
        StringJoiner joined = new StringJoiner(", ", "[", "]");
        for (double value : values) {
            joined.add(number(value));
        }
        return joined.toString();
    }

    /** A double as a plain JSON number (no exponent), e.g. 0.0005457814305894447 or 0.0. */
    private static String number(double value) {
        String plain = new BigDecimal(Double.toString(value)).toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** Runs the workload alone: {@code CcpWorkload [gini|entropy]} (default gini). */
    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : "gini", System.out);
    }
}
