package dev.prunelab.engine.tree;

import dev.prunelab.engine.data.Dataset;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Grows a CART classifier depth first, as scikit-learn's {@code DepthFirstTreeBuilder}: a stack of
 * pending nodes (right child pushed before left, so node ids are a pre-order numbering, left first),
 * and a node is a leaf when it is too deep, too small, pure ({@code impurity <= DBL_EPSILON}), has no
 * valid split, or its best split does not decrease impurity.
 */
final class CartBuilder {

    /** numpy's {@code np.finfo(np.double).eps}: impurities below it count as zero. */
    private static final double EPSILON = Math.ulp(1.0);

    /** A node waiting on the stack: its sample positions, place in the tree and what its parent learned. */
    private record Pending(
            int start,
            int end,
            int depth,
            int parent,
            boolean isLeft,
            double impurity,
            int knownConstants,
            int[] counts) {}

    private CartBuilder() {}

    static DecisionTree grow(Dataset data, TreeOptions options) {
        float[] features = data.features();
        int[] labels = data.labels();
        int classes = data.classes();
        BestSplitter splitter = new BestSplitter(features, labels, data.cols(), classes, options);
        TreeArrays tree = new TreeArrays(classes, Math.max(16, 2 * (int) Math.sqrt(labels.length)));

        Deque<Pending> stack = new ArrayDeque<>();
        int[] rootCounts = data.classCounts();
        double rootImpurity = options.criterion().impurity(rootCounts, 0, classes, labels.length);
        stack.push(new Pending(0, labels.length, 0, -1, false, rootImpurity, 0, rootCounts));
        while (!stack.isEmpty()) {
            Pending node = stack.pop();
            int samples = node.end - node.start;
            boolean leaf = node.depth >= options.maxDepth()
                    || samples < options.minSamplesSplit()
                    || samples < 2 * options.minSamplesLeaf()
                    || node.impurity <= EPSILON;
            if (!leaf) {
                leaf = !splitter.search(node.start, node.end, node.counts, node.impurity, node.knownConstants)
                        || splitter.improvement + EPSILON < 0;
            }
            int id = tree.add(node.parent, node.isLeft, node.impurity, samples, node.counts, node.depth);
            if (leaf) {
                continue;
            }
            tree.setSplit(id, splitter.bestFeature, splitter.bestThreshold);
            splitter.partition(node.start, node.end);
            int split = splitter.bestPosition;
            int constants = splitter.constantsForChildren;
            stack.push(new Pending(
                    split,
                    node.end,
                    node.depth + 1,
                    id,
                    false,
                    splitter.impurityRight,
                    constants,
                    splitter.bestRightCounts.clone()));
            stack.push(new Pending(
                    node.start,
                    split,
                    node.depth + 1,
                    id,
                    true,
                    splitter.impurityLeft,
                    constants,
                    splitter.bestLeftCounts.clone()));
        }
        return tree.toTree(options.criterion(), data);
    }
}
