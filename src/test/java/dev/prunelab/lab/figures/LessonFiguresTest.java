package dev.prunelab.lab.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.prunelab.engine.metrics.ModelStats;
import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.nn.Parameter;
import dev.prunelab.engine.tensor.Matrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lessons' own figures: drawn by the build, themeable, computed from the model they are given. */
class LessonFiguresTest {

    static final List<String> MODEL_FIGURES = List.of(
            "one-shot-error",
            "one-shot-accuracy",
            "calibration-size",
            "l1-pruned-accuracy",
            "group-lasso-norms",
            "quantization-bits",
            "prune-quantize-bytes",
            "low-rank-energy",
            "soft-targets",
            "relu-zeros");
    private static final Path FIGURES = Path.of("target", "classes", "figures");

    static TrainedDigits trained;

    @BeforeAll
    static void train() {
        trained = TrainedDigits.plain();
    }

    @Test
    void theBuildDrewEveryLessonFigureInThemeColours() throws Exception {
        List<String> ids = new ArrayList<>(MODEL_FIGURES);
        ids.addAll(List.of("erk-budget", "tree-size"));
        for (String id : ids) {
            String svg = Files.readString(FIGURES.resolve(id + ".svg"));
            assertThat(svg)
                    .as(id)
                    .startsWith("<svg")
                    .contains("class=\"fig\"", "fig-s1", "<text")
                    .doesNotContain("#", "rgb(", "fill=\"", "stroke=\"");
        }
    }

    @Test
    void everyModelFigureChangesWhenTheModelDoes() throws Exception {
        // the same data, an untrained network: every figure drawn from it must differ from the build's
        TrainedDigits untrained = new TrainedDigits(
                Models.mlp(TrainedDigits.SIZES, Activation.Kind.RELU, 7), trained.train(), trained.test());
        Map<String, String> svgs = new LinkedHashMap<>();
        OneShotFigures.draw(untrained, svgs);
        CompressionFigures.draw(untrained, svgs);
        LowRank.draw(untrained, svgs);
        OutputFigures.draw(untrained, svgs);
        svgs.put("group-lasso-norms", "drawn from two trainings of its own, tested below");
        svgs.put("l1-pruned-accuracy", "drawn from two trainings of its own, tested below");
        assertThat(svgs.keySet()).containsAll(MODEL_FIGURES);
        for (String id : List.of(
                "one-shot-error",
                "one-shot-accuracy",
                "calibration-size",
                "quantization-bits",
                "prune-quantize-bytes",
                "low-rank-energy",
                "soft-targets",
                "relu-zeros")) {
            assertThat(svgs.get(id)).as(id).isNotEqualTo(Files.readString(FIGURES.resolve(id + ".svg")));
        }
    }

    @Test
    void thePenaltiesShrinkWhatTheyTarget() {
        Network network = trained.network().copy();
        Parameter first = TrainedDigits.firstLayer(network);
        Arrays.fill(first.grad(), 0f);
        RegularizationFigures.l1(network);
        assertThat(first.grad()[0]).isEqualTo((float) (RegularizationFigures.L1 * Math.signum(first.value()[0])));
        Arrays.fill(first.grad(), 0f);
        RegularizationFigures.groupLasso(network);
        // the gradient of λ‖w_col‖ is λ·w/‖w_col‖: each column's gradient has norm λ
        double norm = 0;
        for (int r = 0; r < first.rows(); r++) {
            norm += first.grad()[r * first.cols() + 5] * first.grad()[r * first.cols() + 5];
        }
        assertThat(Math.sqrt(norm)).isCloseTo(RegularizationFigures.GROUP, offset(1e-6));
    }

    @Test
    void erkReproducesTheLessonsWorkedExample() {
        // LeNet-300-100 at 90%: 92.0%, 77.0% and 0% sparse (lesson sparse-training)
        List<Erk.Shape> shapes = List.of(
                new Erk.Shape("fc1", 784, 300, 0), new Erk.Shape("fc2", 300, 100, 0), new Erk.Shape("fc3", 100, 10, 0));
        double[] density = Erk.densities(shapes, 0.9);
        assertThat(1 - density[0]).isCloseTo(0.920, offset(0.001));
        assertThat(1 - density[1]).isCloseTo(0.770, offset(0.001));
        assertThat(density[2]).isEqualTo(1);
    }

    @Test
    void quantizationKeepsZerosAndLosesLessWithMoreBits() {
        Network network = trained.network().copy();
        TrainedDigits.firstLayer(network).value()[0] = 0f;
        double error8 = quantizationError(network, 8);
        double error3 = quantizationError(network, 3);
        assertThat(TrainedDigits.firstLayer(Quantized.copy(network, 4, true)).value()[0])
                .isZero();
        assertThat(error8).isLessThan(error3 / 10);
    }

    private static double quantizationError(Network network, int bits) {
        float[] before = TrainedDigits.firstLayer(network).value();
        float[] after =
                TrainedDigits.firstLayer(Quantized.copy(network, bits, true)).value();
        double sum = 0;
        for (int i = 0; i < before.length; i++) {
            sum += (before[i] - after[i]) * (before[i] - after[i]);
        }
        return sum;
    }

    @Test
    void bytesCountValuesMaskBiasesAndScales() {
        ModelStats stats = ModelStats.of(trained.network());
        long weights = stats.weightsTotal();
        long biases = stats.parametersTotal() - weights;
        assertThat(CompressionFigures.bytes(stats, 32, false)).isEqualTo(4.0 * stats.parametersTotal());
        assertThat(CompressionFigures.bytes(stats, 8, false)).isEqualTo(weights + 4.0 * biases + 4.0 * biases);
        assertThat(CompressionFigures.bytes(stats, 8, true))
                .isEqualTo(stats.weightsNonZero() + weights / 8.0 + 8.0 * biases);
    }

    @Test
    void theFullRankApproximationIsTheLayerItself() {
        Parameter w = TrainedDigits.firstLayer(trained.network());
        double[][] gram = LowRank.gram(w);
        double[][] v = new double[gram.length][gram.length];
        for (int i = 0; i < v.length; i++) {
            v[i][i] = 1;
        }
        LowRank.jacobi(gram, v);
        int[] all = IntStream.range(0, v.length).toArray();
        float[] rebuilt = TrainedDigits.firstLayer(LowRank.truncated(trained.network(), v, all, v.length))
                .value();
        for (int i = 0; i < rebuilt.length; i++) {
            assertThat(rebuilt[i]).isCloseTo(w.value()[i], offset(1e-4f));
        }
    }

    @Test
    void aHigherTemperatureFlattensTheSoftTargets() {
        Matrix logits = new Matrix(1, 3, new float[] {4, 1, 0});
        double[] hard = OutputFigures.softmax(logits, 0, 1);
        double[] soft = OutputFigures.softmax(logits, 0, 10);
        assertThat(hard[0]).isGreaterThan(0.9);
        assertThat(soft[0]).isLessThan(0.5);
        assertThat(soft[1]).isGreaterThan(soft[2]);
    }

    @Test
    void theTreeFigureReadsThePruningPath() {
        String svg = LessonFigures.treeSize(FigureBuild.run(Workloads.ALL.get(Workloads.TREE)));
        assertThat(svg).contains("chosen α", "unpruned: ", "10⁻");
        assertThat(LessonFigures.powerOfTen(-3)).isEqualTo("10⁻³");
        assertThat(LessonFigures.powerOfTen(12)).isEqualTo("10¹²");
    }
}
