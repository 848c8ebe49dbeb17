package dev.prunelab.lab.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentLoader;
import dev.prunelab.content.ContentSource;
import dev.prunelab.content.markdown.MarkdownRenderer;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.result.TransformerResult;
import dev.prunelab.lab.spec.ExperimentRequest;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.TestPresets;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full transformer presets, timed: a benchmark rather than a suite test (each takes up to 90 s on two cores), run
 * with {@code PRUNELAB_BENCH_PRESETS=1}. Each prints its wall time, split into loading and the rest, the CPU time of
 * the run (it runs on this one thread, so on an idle machine its wall time equals its CPU time, whatever else the
 * machine is doing while it is measured), and every model's scores. The budget is checked on the CPU time.
 */
@EnabledIfEnvironmentVariable(named = "PRUNELAB_BENCH_PRESETS", matches = "1")
class TransformerPresetTimesTest {

    private static final ContentCatalog CATALOG =
            new ContentLoader(new MarkdownRenderer()).load(ContentSource.fromDirectory(Path.of("content")));

    @ParameterizedTest
    @ValueSource(strings = {"transformer-one-shot", "transformer-structured"})
    void presetFinishesWithinTheBudget(String preset) {
        ExperimentSpec spec =
                TestPresets.resolve(ExperimentRequest.ofPreset(preset)).orThrow();
        TransformerCorpus corpus = TransformerCorpus.of(CATALOG);
        long load = System.nanoTime();
        TransformerModel.SHARED.encoder();
        double loadSeconds = (System.nanoTime() - load) / 1e9;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ExperimentResult result = ExperimentRunner.run(spec, RunContext.silent(), () -> corpus);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        TransformerResult t = result.transformer();
        System.out.printf(
                Locale.ROOT,
                "preset %s: %.1f s wall, %.1f s CPU (+ %.1f s loading the model), %d cards, calibration %d samples / %d"
                        + " tokens%n",
                preset,
                seconds,
                cpuSeconds,
                loadSeconds,
                t.cards(),
                t.calibrationSamples(),
                t.calibrationTokens());
        for (TransformerResult.Arm a : t.arms()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-44s r@1 %.4f r@5 %.4f mrr %.4f cos %.4f params %,d (embeddings %.1f%%) ms %s prune %.1f s%n",
                    a.name(),
                    a.recallAt1(),
                    a.recallAt5(),
                    a.mrr(),
                    a.meanCosine(),
                    a.parameters(),
                    100 * a.embeddingShare(),
                    a.encodeMillis(),
                    a.seconds());
        }
        t.takeaways().forEach(line -> System.out.println("  - " + line));
        assertThat(cpuSeconds + loadSeconds).isLessThan(90);
    }
}
