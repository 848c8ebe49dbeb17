/**
 * CART classification trees and their pruning, with scikit-learn's definitions:
 * {@link dev.prunelab.engine.tree.DecisionTree#fit} grows the same tree as
 * {@code DecisionTreeClassifier(random_state=0)}, {@link dev.prunelab.engine.tree.DecisionTree#pruningPath}
 * and {@link dev.prunelab.engine.tree.DecisionTree#prunedAt} are minimal cost-complexity pruning
 * (weakest link), {@link dev.prunelab.engine.tree.AlphaSelection} chooses alpha by stratified k-fold
 * cross-validation, {@link dev.prunelab.engine.tree.ReducedErrorPruning} prunes on a validation split,
 * and {@link dev.prunelab.engine.tree.TreeNode} exports nodes for drawing.
 */
package dev.prunelab.engine.tree;
