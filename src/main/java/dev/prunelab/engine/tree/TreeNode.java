package dev.prunelab.engine.tree;

import java.util.Arrays;
import java.util.List;

/**
 * One node of a fitted tree as a plain record, for drawing and JSON (e.g. with Jackson, or
 * {@link DecisionTree#toJson()}). Leaves have {@code feature}, {@code featureName}, {@code threshold},
 * {@code left} and {@code right} set to null.
 *
 * @param id             node id (pre-order, root 0)
 * @param depth          depth (root 0)
 * @param feature        split feature index: a sample goes left when {@code x[feature] <= threshold}
 * @param featureName    the split feature's name
 * @param threshold      split threshold
 * @param impurity       node impurity (gini or entropy)
 * @param samples        training samples in the node
 * @param classCounts    training samples per class ("value")
 * @param predictedClass majority class
 * @param left           left child id
 * @param right          right child id
 */
public record TreeNode(
        int id,
        int depth,
        Integer feature,
        String featureName,
        Double threshold,
        double impurity,
        int samples,
        int[] classCounts,
        int predictedClass,
        Integer left,
        Integer right) {

    static TreeNode of(DecisionTree tree, int node) {
        boolean leaf = tree.isLeaf(node);
        return new TreeNode(
                node,
                tree.depth(node),
                leaf ? null : tree.feature(node),
                leaf ? null : tree.featureNames().get(tree.feature(node)),
                leaf ? null : tree.threshold(node),
                tree.impurity(node),
                tree.samples(node),
                tree.classCounts(node),
                tree.majorityClass(node),
                leaf ? null : tree.leftChild(node),
                leaf ? null : tree.rightChild(node));
    }

    /** Whether the node is a leaf. */
    public boolean isLeaf() {
        return left == null;
    }

    /** The nodes as a JSON array of objects with the record's component names as keys. */
    static String toJson(List<TreeNode> nodes) {
        StringBuilder json = new StringBuilder("[");
        for (TreeNode node : nodes) {
            json.append(json.length() > 1 ? "," : "")
                    .append("{\"id\":")
                    .append(node.id)
                    .append(",\"depth\":")
                    .append(node.depth)
                    .append(",\"feature\":")
                    .append(node.feature)
                    .append(",\"featureName\":")
                    .append(quoted(node.featureName))
                    .append(",\"threshold\":")
                    .append(node.threshold)
                    .append(",\"impurity\":")
                    .append(node.impurity)
                    .append(",\"samples\":")
                    .append(node.samples)
                    .append(",\"classCounts\":")
                    .append(Arrays.toString(node.classCounts).replace(" ", ""))
                    .append(",\"predictedClass\":")
                    .append(node.predictedClass)
                    .append(",\"left\":")
                    .append(node.left)
                    .append(",\"right\":")
                    .append(node.right)
                    .append('}');
        }
        return json.append(']').toString();
    }

    private static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
