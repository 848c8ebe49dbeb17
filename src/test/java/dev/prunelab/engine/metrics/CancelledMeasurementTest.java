package dev.prunelab.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prunelab.engine.nn.Activation;
import dev.prunelab.engine.nn.Models;
import dev.prunelab.engine.nn.Network;
import dev.prunelab.engine.tensor.Matrix;
import dev.prunelab.engine.train.Cancellation;
import dev.prunelab.engine.train.Samples;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Evaluation and latency measurement are part of a run's time budget: they stop once the run's token is cancelled. */
class CancelledMeasurementTest {

    private static final int ROWS = 1200;
    private static final Network NETWORK = Models.mlp(new int[] {4, 8, 3}, Activation.Kind.RELU, 7);
    private static final Samples DATA = new Samples(new float[ROWS * 4], new int[ROWS], 4);

    private static Cancellation cancelled() {
        Cancellation token = new Cancellation();
        token.cancel();
        return token;
    }

    @Test
    void anEvaluationStopsBeforeItsNextBatch() {
        assertThatThrownBy(() -> Evaluation.of(NETWORK, DATA, cancelled())).isInstanceOf(CancellationException.class);
        assertThat(Evaluation.of(NETWORK, DATA, new Cancellation()).accuracy()).isBetween(0.0, 1.0);
    }

    @Test
    void aLatencyMeasurementStopsBeforeItsNextForwardPass() {
        Matrix batch = new Matrix(16, 4, new float[16 * 4]);
        assertThatThrownBy(() -> Latency.measure(NETWORK, batch, 1000, 1000, cancelled()))
                .isInstanceOf(CancellationException.class);
        assertThat(Latency.measure(NETWORK, batch, 1, 3, new Cancellation()).denseMillis())
                .isNotNegative();
    }
}
