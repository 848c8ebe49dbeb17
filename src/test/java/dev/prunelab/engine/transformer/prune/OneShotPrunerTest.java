package dev.prunelab.engine.transformer.prune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prunelab.engine.nn.Parameter;
import org.junit.jupiter.api.Test;

/** Magnitude and Wanda on a 4×8 layer, each mask worked out by hand. */
class OneShotPrunerTest {

    /** Row r, column c holds ±(8r + c + 1) / 10, so |w| grows along each row and down the rows. */
    private static final float[] WEIGHTS = {
        0.1f, -0.2f, 0.3f, -0.4f, 0.5f, -0.6f, 0.7f, -0.8f, -0.9f, 1.0f, -1.1f, 1.2f, -1.3f, 1.4f, -1.5f, 1.6f, 1.7f,
        -1.8f, 1.9f, -2.0f, 2.1f, -2.2f, 2.3f, -2.4f, -2.5f, 2.6f, -2.7f, 2.8f, -2.9f, 3.0f, -3.1f, 3.2f
    };
    /** Input feature norms²: column 0 is 100× louder than the rest, column 7 silent. */
    private static final double[] SQUARED_NORMS = {10000, 1, 1, 1, 1, 1, 1, 0};

    private static Parameter layer() {
        Parameter w = new Parameter("w", 4, 8, true);
        System.arraycopy(WEIGHTS, 0, w.value(), 0, WEIGHTS.length);
        return w;
    }

    @Test
    void magnitudeAtHalfPrunesTheFirstTwoRows() {
        Parameter w = layer();
        OneShotPruner.magnitude(w, SparsityPattern.UNSTRUCTURED, 0.5);
        // the 16 smallest |w| are 0.1 … 1.6: rows 0 and 1
        assertThat(kept(w)).isEqualTo("00000000 00000000 11111111 11111111");
    }

    @Test
    void magnitudeTwoOfFourDropsTheTwoSmallestOfEachGroup() {
        Parameter w = layer();
        OneShotPruner.magnitude(w, SparsityPattern.TWO_FOUR, 0.5);
        assertThat(kept(w)).isEqualTo("00110011 00110011 00110011 00110011");
    }

    @Test
    void wandaPrunesWithinEachRowByWeightTimesInputNorm() {
        Parameter w = layer();
        OneShotPruner.wanda(w, SQUARED_NORMS, SparsityPattern.UNSTRUCTURED, 0.5);
        // scores per row: column 0 is |w|·100 (largest), column 7 is 0 (smallest), columns 1–6 are |w|:
        // the 4 lowest are 7, 1, 2, 3, so every row keeps 0, 4, 5, 6
        assertThat(kept(w)).isEqualTo("10001110 10001110 10001110 10001110");
        assertThat(w.value()[7]).isZero();
        assertThat(w.value()[0]).isEqualTo(0.1f); // no weight update
    }

    @Test
    void aLayerPrunedFromInputRowsTakesWandasNormsFromThem() {
        Parameter w = layer();
        // one input row whose squares are SQUARED_NORMS
        float[] x = {100, 1, 1, 1, 1, 1, 1, 0};
        OneShotPruner.pruneLayer(w, new OneShotSpec(OneShotMethod.WANDA, SparsityPattern.UNSTRUCTURED, 0.5), x, 1);
        assertThat(kept(w)).isEqualTo("10001110 10001110 10001110 10001110");
    }

    @Test
    void aLayerPrunedFromInputRowsRejectsInputsOfTheWrongWidth() {
        OneShotSpec spec = new OneShotSpec(OneShotMethod.SPARSEGPT, SparsityPattern.UNSTRUCTURED, 0.5);
        assertThatThrownBy(() -> OneShotPruner.pruneLayer(layer(), spec, new float[7], 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inputs must hold rows × 8 values");
    }

    @Test
    void wandaTwoOfFourUsesTheSameScores() {
        Parameter w = layer();
        OneShotPruner.wanda(w, SQUARED_NORMS, SparsityPattern.TWO_FOUR, 0.5);
        // group 0-3: scores 100|w0|, |w1|, |w2|, |w3| keep 0 and 3; group 4-7: |w4|..|w6|, 0 keep 5 and 6
        assertThat(kept(w)).isEqualTo("10010110 10010110 10010110 10010110");
    }

    @Test
    void countsFloorWithAGuardAgainstBinaryFractions() {
        assertThat(Counts.of(0.7, 384)).isEqualTo(268);
        assertThat(Counts.of(0.6, 384)).isEqualTo(230);
        assertThat(Counts.of(0.5, 7)).isEqualTo(3);
    }

    @Test
    void twoFourOnlyAtHalfAndNotGlobally() {
        assertThatThrownBy(() -> new OneShotSpec(OneShotMethod.WANDA, SparsityPattern.TWO_FOUR, 0.6))
                .hasMessageContaining("0.5 for the 2:4 pattern");
        assertThatThrownBy(() -> new OneShotSpec(OneShotMethod.MAGNITUDE_GLOBAL, SparsityPattern.TWO_FOUR, 0.5))
                .hasMessageContaining("unstructured for global magnitude");
        assertThatThrownBy(() -> new OneShotSpec(OneShotMethod.MAGNITUDE, SparsityPattern.UNSTRUCTURED, 1.0))
                .hasMessageContaining("sparsity must be in (0, 1)");
    }

    /** The mask as rows of 0/1, rows separated by spaces. */
    private static String kept(Parameter w) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.size(); i++) {
            if (i > 0 && i % w.cols() == 0) {
                out.append(' ');
            }
            out.append(w.mask()[i] == 0f ? '0' : '1');
        }
        return out.toString();
    }
}
