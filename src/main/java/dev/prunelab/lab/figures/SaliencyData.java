package dev.prunelab.lab.figures;

import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.prune.Criterion;
import dev.prunelab.engine.train.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The saliency explorable's data: the output layer (10 × 32 weights) of the {@link ExplorableDigits} MLP, ranked by three criteria of
 * the engine: magnitude |w|, OBD's ½·H_ii·w² with the empirical Fisher diagonal standing in for H_ii, and first-order
 * Taylor |w·∂L/∂w|. The browser derives every pruned set from the orders; the test accuracy of each criterion's mask
 * at each sparsity of the grid is measured here, because the browser cannot run the network.
 *
 * @param layer      the weight matrix ranked
 * @param rows       its output units
 * @param cols       its inputs; weight {@code i} sits at row {@code i / cols}, column {@code i % cols}
 * @param weights    the weights, rounded to 4 decimals
 * @param dense      test accuracy before pruning
 * @param sparsities the grid the accuracies are measured at
 * @param methods    by criterion name: weight indices from least to most important, and test accuracy per sparsity
 */
record SaliencyData(
        String layer,
        int rows,
        int cols,
        double[] weights,
        double dense,
        double[] sparsities,
        Map<String, Method> methods) {

    /** One criterion's ranking of the layer and what its masks leave. */
    record Method(int[] order, double[] accuracy) {}

    static final String NAME = "saliency";
    static final int TAYLOR_BATCH = 64;
    static final int LAYER = 2;

    static SaliencyData of(ExplorableDigits digits) {
        Network network = digits.network();
        Samples train = digits.train();
        Parameter weights = network.prunableWeights().get(LAYER);
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        criteria.put("magnitude", Criterion.magnitude());
        criteria.put("obd", Criterion.fisherSaliency(train));
        criteria.put("taylor", Criterion.taylor(train, TAYLOR_BATCH));
        double[] sparsities =
                IntStream.rangeClosed(1, 19).mapToDouble(i -> i / 20.0).toArray();
        Map<String, Method> methods = new LinkedHashMap<>();
        criteria.forEach((name, criterion) -> {
            int[] order = ascending(criterion.scores(network, List.of(weights)).get(0));
            double[] accuracy = Arrays.stream(sparsities)
                    .map(s -> digits.accuracy(masked(network, order, pruned(order.length, s))))
                    .toArray();
            methods.put(name, new Method(order, accuracy));
        });
        float[] values = weights.value();
        return new SaliencyData(
                weights.name(),
                weights.rows(),
                weights.cols(),
                IntStream.range(0, values.length)
                        .mapToDouble(i -> Math.round(values[i] * 10000) / 10000.0)
                        .toArray(),
                digits.accuracy(network),
                sparsities,
                methods);
    }

    /** How many of {@code size} weights a sparsity prunes; the explorable rounds the same way. */
    static int pruned(int size, double sparsity) {
        return (int) Math.round(size * sparsity);
    }

    /** Indices by score, least important first; equal scores keep index order so the ranking is stable. */
    static int[] ascending(float[] scores) {
        return IntStream.range(0, scores.length)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> scores[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Share of the first {@code count} indices of each order that the two orders have in common (Jaccard). */
    static double jaccard(int[] a, int[] b, int count) {
        boolean[] inA = new boolean[a.length];
        for (int i = 0; i < count; i++) {
            inA[a[i]] = true;
        }
        int common = 0;
        for (int i = 0; i < count; i++) {
            common += inA[b[i]] ? 1 : 0;
        }
        int union = 2 * count - common;
        return union == 0 ? 1 : (double) common / union;
    }

    private static Network masked(Network trained, int[] order, int count) {
        Network copy = trained.copy();
        Parameter layer = copy.prunableWeights().get(LAYER);
        float[] mask = new float[layer.size()];
        Arrays.fill(mask, 1f);
        for (int i = 0; i < count; i++) {
            mask[order[i]] = 0f;
        }
        layer.setMask(mask);
        return copy;
    }

    /**
     * The static figure (the explorable's fallback): how much the pruned sets of each pair of criteria overlap as
     * sparsity grows.
     */
    String overlapSvg() {
        Plot plot = new Plot(0, 100, 0, 100)
                .axes(
                        new double[] {0, 20, 40, 60, 80, 100},
                        "sparsity of the layer (%)",
                        new double[] {0, 20, 40, 60, 80, 100},
                        "pruned sets in common (Jaccard, %)");
        List<String> names = List.copyOf(methods.keySet());
        int style = 1;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                int[] a = methods.get(names.get(i)).order();
                int[] b = methods.get(names.get(j)).order();
                double[] ys = Arrays.stream(sparsities)
                        .map(s -> 100 * jaccard(a, b, pruned(a.length, s)))
                        .toArray();
                double[] xs = Arrays.stream(sparsities).map(s -> 100 * s).toArray();
                plot.series(label(names.get(i)) + " vs " + label(names.get(j)), "fig-s" + style++, xs, ys, false);
            }
        }
        return plot.svg();
    }

    private static String label(String method) {
        return method.equals("obd") ? "OBD" : method.equals("taylor") ? "Taylor" : method;
    }

    /** Writes the figure (and its thumbnail) and the explorable's data beside the others. */
    void writeTo(Path figures, Path data) throws IOException {
        FigureBuild.writeFigure(figures, NAME, overlapSvg());
        Files.writeString(data.resolve(NAME + ".json"), FigureBuild.JSON.writeValueAsString(this));
    }
}
