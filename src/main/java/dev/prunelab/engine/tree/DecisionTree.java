package dev.prunelab.engine.tree;

import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.data.Require;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A fitted CART classification tree, equal to scikit-learn's {@code DecisionTreeClassifier(random_state=0)}
 * fitted on the same rows: same node ids (pre-order, left child first), features, thresholds,
 * impurities and class counts. Immutable; nodes live in flat arrays indexed by node id, and a node
 * sends a sample left when {@code x[feature] <= threshold}.
 *
 * <pre>{@code
 * DecisionTree tree = DecisionTree.fit(Datasets.load("wine"), TreeOptions.defaults());
 * tree.nodeCount();                       // 23
 * PruningPath path = tree.pruningPath();  // minimal cost-complexity pruning path
 * DecisionTree small = tree.prunedAt(0.02);
 * double accuracy = small.accuracy(Datasets.load("wine"));
 * }</pre>
 */
public final class DecisionTree {

    /** Child, feature id of a leaf. */
    public static final int NONE = -1;

    private final Criterion criterion;
    private final int featureCount;
    private final int classes;
    private final List<String> featureNames;
    private final List<String> classNames;
    private final int[] left;
    private final int[] right;
    private final int[] feature;
    private final double[] threshold;
    private final double[] impurity;
    private final int[] samples;
    private final int[] depth;
    private final int[] counts;

    DecisionTree(
            Criterion criterion,
            int featureCount,
            int classes,
            List<String> featureNames,
            List<String> classNames,
            int[] left,
            int[] right,
            int[] feature,
            double[] threshold,
            double[] impurity,
            int[] samples,
            int[] depth,
            int[] counts) {
        this.criterion = criterion;
        this.featureCount = featureCount;
        this.classes = classes;
        this.featureNames = featureNames;
        this.classNames = classNames;
        this.left = left;
        this.right = right;
        this.feature = feature;
        this.threshold = threshold;
        this.impurity = impurity;
        this.samples = samples;
        this.depth = depth;
        this.counts = counts;
    }

    /**
     * Grows a tree on every row of {@code data}.
     *
     * @throws IllegalArgumentException if {@code data} or {@code options} is null or a feature is NaN or infinite
     */
    public static DecisionTree fit(Dataset data, TreeOptions options) {
        Require.notNull("data", data);
        Require.notNull("options", options);
        for (int row = 0; row < data.rows(); row++) {
            for (int col = 0; col < data.cols(); col++) {
                if (!Float.isFinite(data.value(row, col))) {
                    throw new IllegalArgumentException("features must be finite numbers, got " + data.value(row, col)
                            + " at row " + row + ", column " + col);
                }
            }
        }
        return CartBuilder.grow(data, options);
    }

    public Criterion criterion() {
        return criterion;
    }

    public int nodeCount() {
        return left.length;
    }

    public int featureCount() {
        return featureCount;
    }

    public int classes() {
        return classes;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public List<String> classNames() {
        return classNames;
    }

    /** Number of leaves. */
    public int leafCount() {
        int leaves = 0;
        for (int child : left) {
            leaves += child == NONE ? 1 : 0;
        }
        return leaves;
    }

    /** Depth of the deepest leaf (0 for a single leaf), scikit-learn's {@code get_depth()}. */
    public int depth() {
        return Arrays.stream(depth).max().orElse(0);
    }

    public boolean isLeaf(int node) {
        return left[node] == NONE;
    }

    public int leftChild(int node) {
        return left[node];
    }

    public int rightChild(int node) {
        return right[node];
    }

    /** Split feature of an internal node, {@link #NONE} for a leaf. */
    public int feature(int node) {
        return feature[node];
    }

    /** Split threshold of an internal node, NaN for a leaf. */
    public double threshold(int node) {
        return threshold[node];
    }

    public double impurity(int node) {
        return impurity[node];
    }

    /** Number of training samples that reached the node. */
    public int samples(int node) {
        return samples[node];
    }

    public int depth(int node) {
        return depth[node];
    }

    /** Training class counts of the node (scikit-learn 1.2's {@code tree_.value[node][0]}). */
    public int[] classCounts(int node) {
        return Arrays.copyOfRange(counts, node * classes, (node + 1) * classes);
    }

    /** The majority class of the node's training samples (lowest label on ties, like {@code argmax}). */
    public int majorityClass(int node) {
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (counts[node * classes + c] > counts[node * classes + best]) {
                best = c;
            }
        }
        return best;
    }

    /** The leaf a sample ends in. */
    int leafOf(float[] values, int offset) {
        int node = 0;
        while (left[node] != NONE) {
            node = values[offset + feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return node;
    }

    /**
     * Predicts the class of one sample.
     *
     * @throws IllegalArgumentException if {@code row.length} differs from the feature count
     */
    public int predict(float[] row) {
        Require.sameSize("row.length", Require.notNull("row", row).length, "the feature count", featureCount);
        return majorityClass(leafOf(row, 0));
    }

    /** Predicts every row of {@code data}. */
    public int[] predict(Dataset data) {
        checkWidth(data);
        float[] values = data.features();
        int[] predicted = new int[data.rows()];
        for (int row = 0; row < predicted.length; row++) {
            predicted[row] = majorityClass(leafOf(values, row * featureCount));
        }
        return predicted;
    }

    /** Share of rows of {@code data} predicted correctly, in [0, 1]. */
    public double accuracy(Dataset data) {
        int[] predicted = predict(data);
        int correct = 0;
        for (int row = 0; row < predicted.length; row++) {
            correct += predicted[row] == data.label(row) ? 1 : 0;
        }
        return (double) correct / predicted.length;
    }

    void checkWidth(Dataset data) {
        Require.sameSize("data.cols()", Require.notNull("data", data).cols(), "the tree's feature count", featureCount);
    }

    /** The minimal cost-complexity pruning path (scikit-learn's {@code cost_complexity_pruning_path}). */
    public PruningPath pruningPath() {
        return CostComplexityPruning.path(this);
    }

    /**
     * The subtree minimal cost-complexity pruning keeps for {@code alpha} (scikit-learn's {@code ccp_alpha}):
     * weakest links are collapsed while their effective alpha is at most {@code alpha}.
     *
     * @throws IllegalArgumentException if {@code alpha} is negative or not finite
     */
    public DecisionTree prunedAt(double alpha) {
        return CostComplexityPruning.prune(this, alpha);
    }

    /** Every node as a record, in id order, for drawing or JSON. */
    public List<TreeNode> nodes() {
        List<TreeNode> nodes = new ArrayList<>(nodeCount());
        for (int node = 0; node < nodeCount(); node++) {
            nodes.add(TreeNode.of(this, node));
        }
        return nodes;
    }

    /** The tree as a JSON array of nodes (see {@link TreeNode}). */
    public String toJson() {
        return TreeNode.toJson(nodes());
    }

    /**
     * A copy keeping only the nodes reachable from the root when the nodes flagged in {@code leafAt}
     * become leaves, renumbered in pre-order as scikit-learn's {@code _build_pruned_tree} does.
     */
    DecisionTree withLeavesAt(boolean[] leafAt) {
        TreeArrays copy = new TreeArrays(classes, nodeCount());
        Deque<int[]> stack = new ArrayDeque<>(); // {original node, new parent, is left}
        stack.push(new int[] {0, -1, 0});
        while (!stack.isEmpty()) {
            int[] entry = stack.pop();
            int node = entry[0];
            int id = copy.add(entry[1], entry[2] == 1, impurity[node], samples[node], classCounts(node), depth[node]);
            if (!isLeaf(node) && !leafAt[node]) {
                copy.setSplit(id, feature[node], threshold[node]);
                stack.push(new int[] {right[node], id, 0});
                stack.push(new int[] {left[node], id, 1});
            }
        }
        return copy.toTree(criterion, featureCount, featureNames, classNames);
    }
}
