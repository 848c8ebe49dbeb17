package dev.prunelab.lab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prunelab.engine.metrics.Evaluation;
import dev.prunelab.engine.metrics.Latency;
import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.lab.spec.ExperimentRequest;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.TestPresets;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * A cancel (or the time budget) in the measuring phase stops the run at its first evaluation batch: scoring the series
 * and timing the models no longer run on to the end of the phase.
 */
class RunCancellationTest {

    private static final String MEASURING = "Measuring size, FLOPs and latency";

    @Test
    void aCancelAsMeasuringBeginsStopsBeforeAnyScoringOrTiming() {
        ExperimentSpec spec = TestPresets.resolve(ExperimentRequest.ofPreset("decision-boundary"))
                .orThrow();
        Cancellation token = new Cancellation();
        RunContext context = new RunContext(token, progress -> {
            if (progress.phase().equals(MEASURING)) {
                token.cancel();
            }
        });
        assertThatThrownBy(() -> ExperimentRunner.run(spec, context))
                .isInstanceOfSatisfying(CancellationException.class, e -> {
                    assertThat(Arrays.stream(e.getStackTrace()).map(StackTraceElement::getClassName))
                            .as("thrown by the first evaluation of the phase")
                            .contains(Evaluation.class.getName())
                            .doesNotContain(Latency.class.getName(), CostTable.class.getName());
                });
    }
}
