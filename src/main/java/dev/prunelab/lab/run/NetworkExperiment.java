package dev.prunelab.lab.run;

import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.metrics.Evaluation;
import dev.prunelab.engine.metrics.ModelStats;
import dev.prunelab.engine.metrics.WeightHistogram;
import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.train.Samples;
import dev.prunelab.engine.train.StepHook;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.result.ExperimentResult.DataInfo;
import dev.prunelab.lab.result.ExperimentResult.Histograms;
import dev.prunelab.lab.result.ExperimentResult.LayerRow;
import dev.prunelab.lab.result.ExperimentResult.PerClass;
import dev.prunelab.lab.result.ExperimentResult.Point;
import dev.prunelab.lab.result.ExperimentResult.Series;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.Sweep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

/**
 * A network experiment: train the dense model, prune it along every arm (the compared settings and the random
 * control), then measure accuracy, per-layer sparsity, weight histograms, per-class accuracy, size, FLOPs and latency.
 */
final class NetworkExperiment {

    static final int HISTOGRAM_BINS = 40;

    private final ExperimentSpec.Network spec;
    private final Sweep sweep;
    private final RunContext context;

    NetworkExperiment(ExperimentSpec.Network spec, RunContext context) {
        this.spec = spec;
        this.sweep = spec.sweep();
        this.context = context;
    }

    ExperimentResult run() {
        context.phase("Preparing the data");
        PreparedData data = PreparedData.of(spec);
        Samples train = data.trainSamples();
        Samples test = data.testSamples();
        int[] sizes = sizes(data);
        LongFunction<Network> initialise = seed -> spec instanceof ExperimentSpec.Cnn
                ? Models.lenet5(1, data.side(), data.side(), data.train().classes(), seed)
                : Models.mlp(sizes, Activation.Kind.RELU, seed);
        List<Arm> arms = Arm.of(sweep);
        context.plan(sweep.epochs()
                + arms.stream()
                        .mapToDouble(a -> ArmRunner.plannedEpochs(sweep, a))
                        .sum());

        context.phase("Training the dense model");
        Network dense = initialise.apply(spec.seed());
        context.fit(dense, sweep.epochs(), StepHook.NONE, train, spec.seed());
        Evaluation denseEvaluation = context.evaluate(dense, test);

        ArmRunner runner = new ArmRunner(spec, context, train, test, initialise);
        List<ArmRunner.Line> lines = new ArrayList<>();
        for (Arm arm : arms) {
            lines.addAll(runner.run(arm, dense));
        }
        context.phase("Measuring size, FLOPs and latency");
        ArmRunner.Line main = lines.get(0);
        ArmRunner.Outcome sparsest = main.outcomes().get(main.outcomes().size() - 1);
        List<Evaluation> mainEvaluations = main.outcomes().stream()
                .map(o -> context.evaluate(o.network(), test))
                .toList();
        return new ExperimentResult(
                ExperimentResult.NETWORK,
                info(data, sizes),
                denseEvaluation.accuracy(),
                series(lines, test, context),
                layers(lines),
                new Histograms(
                        WeightHistogram.of(dense.prunableWeights(), HISTOGRAM_BINS),
                        WeightHistogram.of(sparsest.network().prunableWeights(), HISTOGRAM_BINS),
                        sparsest.target()),
                perClass(data.train(), denseEvaluation, main, mainEvaluations),
                CostTable.of(dense, main.outcomes(), test, context),
                data.train().cols() == 2 ? BoundaryPictures.of(data, main.outcomes(), mainEvaluations) : null,
                null,
                null);
    }

    private int[] sizes(PreparedData data) {
        if (!(spec instanceof ExperimentSpec.Mlp mlp)) {
            return new int[] {data.train().cols(), data.train().classes()};
        }
        List<Integer> hidden = mlp.hidden();
        int[] sizes = new int[hidden.size() + 2];
        sizes[0] = data.train().cols();
        for (int i = 0; i < hidden.size(); i++) {
            sizes[i + 1] = hidden.get(i);
        }
        sizes[sizes.length - 1] = data.train().classes();
        return sizes;
    }

    private DataInfo info(PreparedData data, int[] sizes) {
        Dataset train = data.train();
        return new DataInfo(
                spec.dataset().id(),
                spec.model().id(),
                train.rows(),
                data.test().rows(),
                train.cols(),
                train.classes(),
                classNames(train),
                Arrays.stream(sizes).boxed().toList());
    }

    static List<String> classNames(Dataset data) {
        return data.classNames().size() == data.classes()
                ? data.classNames()
                : IntStream.range(0, data.classes()).mapToObj(String::valueOf).toList();
    }

    private static List<Series> series(List<ArmRunner.Line> lines, Samples test, RunContext context) {
        return lines.stream()
                .map(line -> new Series(
                        line.name(),
                        line.role(),
                        line.outcomes().stream()
                                .map(o -> new Point(
                                        o.target(),
                                        round(sparsity(o.network())),
                                        round(context.evaluate(o.network(), test)
                                                .accuracy()),
                                        o.epochs()))
                                .toList()))
                .toList();
    }

    private static List<LayerRow> layers(List<ArmRunner.Line> lines) {
        return lines.stream()
                .map(line -> {
                    ArmRunner.Outcome last = line.outcomes().get(line.outcomes().size() - 1);
                    return new LayerRow(
                            line.name(),
                            last.target(),
                            ModelStats.of(last.network()).layers());
                })
                .toList();
    }

    private static PerClass perClass(
            Dataset train, Evaluation dense, ArmRunner.Line main, List<Evaluation> evaluations) {
        return new PerClass(
                classNames(train),
                finite(dense.perClassAccuracy()),
                main.outcomes().stream().map(ArmRunner.Outcome::target).toList(),
                evaluations.stream().map(e -> finite(e.perClassAccuracy())).toList());
    }

    /** JSON has no NaN: a class without test rows has no accuracy (null). */
    private static List<Double> finite(double[] values) {
        return Arrays.stream(values)
                .mapToObj(v -> Double.isFinite(v) ? round(v) : null)
                .toList();
    }

    private static double sparsity(Network network) {
        ModelStats stats = ModelStats.of(network);
        return 1 - (double) stats.weightsNonZero() / stats.weightsTotal();
    }

    static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
