package dev.prunelab.lab.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.spec.ExperimentRequest;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.TestPresets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every preset runs on the engine (no server) and fills the sections its page shows. */
class PresetRunsTest {

    static List<String> presets() {
        return TestPresets.PRESETS.ids();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void presetRunsAndFillsItsSections(String id) {
        ExperimentSpec spec =
                TestPresets.resolve(ExperimentRequest.ofPreset(id)).orThrow();
        long start = System.nanoTime();
        ExperimentResult result = ExperimentRunner.run(spec, RunContext.silent());
        System.out.printf(
                "preset %-20s %6d ms  baseline %.3f%n", id, (System.nanoTime() - start) / 1_000_000, result.baseline());
        assertThat(result.baseline()).isBetween(0.5, 1.0);
        if (spec.isTree()) {
            assertThat(result.tree().path()).hasSizeGreaterThan(3);
            assertThat(result.tree().after().size())
                    .isLessThan(result.tree().before().size());
            return;
        }
        result.series()
                .forEach(s -> System.out.printf(
                        "   %-30s %s%n",
                        s.name(),
                        s.points().stream()
                                .map(p -> String.format("%.2f→%.3f", p.sparsity(), p.accuracy()))
                                .toList()));
        assertThat(result.series())
                .anyMatch(s -> s.role().equals("control") || s.name().contains("re-initialisation"));
        assertThat(result.cost()).hasSize(result.series().get(0).points().size() + 1);
        assertThat(result.perClass().accuracy())
                .hasSize(result.series().get(0).points().size());
        assertThat(result.histograms().after().zeros()).isGreaterThan(0);
        if (spec.dataset().generated()) {
            assertThat(result.boundary().frames())
                    .hasSize(
                            ((ExperimentSpec.Network) spec).sweep().sparsities().size());
        }
    }
}
