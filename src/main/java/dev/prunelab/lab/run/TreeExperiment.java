package dev.prunelab.lab.run;

import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.tree.AlphaSelection;
import dev.prunelab.engine.tree.DecisionTree;
import dev.prunelab.engine.tree.PruningPath;
import dev.prunelab.engine.tree.TreeOptions;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.result.ExperimentResult.AlphaRow;
import dev.prunelab.lab.result.ExperimentResult.DataInfo;
import dev.prunelab.lab.result.ExperimentResult.TreeResult;
import dev.prunelab.lab.spec.ExperimentSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal cost-complexity pruning of a CART tree: grow the full tree on the training rows, follow its pruning path,
 * score every alpha on the training rows, by k-fold cross-validation and on the test rows, and keep the tree at the
 * alpha cross-validation picks.
 */
final class TreeExperiment {

    private final ExperimentSpec.Tree spec;
    private final RunContext context;

    TreeExperiment(ExperimentSpec.Tree spec, RunContext context) {
        this.spec = spec;
        this.context = context;
    }

    ExperimentResult run() {
        context.plan(3);
        context.phase("Growing the full tree");
        PreparedData data = PreparedData.of(spec);
        Dataset train = data.train();
        Dataset test = data.test();
        TreeOptions options =
                TreeOptions.defaults().withCriterion(spec.criterion().engine());
        DecisionTree full = DecisionTree.fit(train, options);
        context.advance(1);
        context.phase("Cross-validating alpha (" + spec.folds() + " folds)");
        AlphaSelection selection = AlphaSelection.crossValidate(train, options, spec.folds(), spec.seed());
        context.advance(1);
        context.phase("Scoring the pruning path");
        PruningPath path = full.pruningPath();
        List<AlphaRow> rows = new ArrayList<>();
        for (int i = 0; i < selection.alphas().length; i++) {
            context.checkCancelled();
            double alpha = selection.alphas()[i];
            DecisionTree pruned = full.prunedAt(alpha);
            rows.add(new AlphaRow(
                    alpha,
                    impurityAt(path, alpha),
                    pruned.nodeCount(),
                    pruned.leafCount(),
                    round(pruned.accuracy(train)),
                    round(selection.meanAccuracy()[i]),
                    round(pruned.accuracy(test))));
        }
        DecisionTree chosen = selection.tree();
        double before = full.accuracy(test);
        TreeResult tree = new TreeResult(
                rows, selection.bestAlpha(), round(before), round(chosen.accuracy(test)), full.nodes(), chosen.nodes());
        DataInfo info = new DataInfo(
                spec.dataset().id(),
                spec.model().id(),
                train.rows(),
                test.rows(),
                train.cols(),
                train.classes(),
                NetworkExperiment.classNames(train),
                List.of());
        return new ExperimentResult(
                ExperimentResult.TREE, info, round(before), null, null, null, null, null, null, tree);
    }

    private static double impurityAt(PruningPath path, double alpha) {
        for (int i = 0; i < path.size(); i++) {
            if (path.ccpAlphas()[i] == alpha) {
                return path.impurities()[i];
            }
        }
        return Double.NaN;
    }

    private static double round(double value) {
        return NetworkExperiment.round(value);
    }
}
