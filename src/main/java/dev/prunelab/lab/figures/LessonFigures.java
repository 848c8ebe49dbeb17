package dev.prunelab.lab.figures;

import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.result.ExperimentResult.AlphaRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the lessons beyond the lab's own experiments: one-shot LLM methods on a real layer, sparsity
 * penalties, quantization, low rank, distillation's soft targets, activation sparsity, the ERK budget and the tree's
 * size along its pruning path. All but the last start from one {@link TrainedDigits} model.
 */
final class LessonFigures {

    private LessonFigures() {}

    static Map<String, String> draw(Map<String, ExperimentResult> results) {
        Map<String, String> svgs = new LinkedHashMap<>();
        TrainedDigits digits = TrainedDigits.plain();
        OneShotFigures.draw(digits, svgs);
        RegularizationFigures.draw(digits, svgs);
        CompressionFigures.draw(digits, svgs);
        LowRank.draw(digits, svgs);
        OutputFigures.draw(digits, svgs);
        Erk.draw(svgs);
        svgs.put("tree-size", treeSize(results.get(Workloads.TREE)));
        return svgs;
    }

    /** Leaves against α along the weakest-link sequence, α on a log axis (the first step, α = 0, left out). */
    static String treeSize(ExperimentResult tree) {
        List<AlphaRow> path =
                tree.tree().path().stream().filter(row -> row.alpha() > 0).toList();
        double[] x = path.stream().mapToDouble(row -> Math.log10(row.alpha())).toArray();
        double[] leaves = path.stream().mapToDouble(AlphaRow::leaves).toArray();
        double lo = Math.floor(x[0]);
        double hi = Math.ceil(x[x.length - 1]);
        int unpruned = tree.tree().path().get(0).leaves();
        double yMax = Math.ceil(unpruned / 5.0) * 5;
        double[] ticks = new double[(int) (hi - lo) + 1];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = lo + i;
        }
        Plot plot = new Plot(lo, hi, 0, yMax)
                .axes(new double[0], "α (log scale)", new double[] {0, yMax / 2, yMax}, "leaves")
                .level(unpruned, "unpruned: " + unpruned + " leaves")
                .series("tree after each weakest-link step", "fig-s1", x, leaves, false)
                .marker(Math.log10(tree.tree().bestAlpha()), "chosen α");
        for (double t : ticks) {
            plot.label(t, -yMax / 14, powerOfTen(Math.round(t)), t == hi ? "end" : "middle");
        }
        return plot.svg();
    }

    /** 10 with a superscript exponent, e.g. 10⁻³. */
    static String powerOfTen(long exponent) {
        String superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder out = new StringBuilder("10");
        if (exponent < 0) {
            out.append('⁻');
        }
        for (char digit : String.valueOf(Math.abs(exponent)).toCharArray()) {
            out.append(superscripts.charAt(digit - '0'));
        }
        return out.toString();
    }
}
