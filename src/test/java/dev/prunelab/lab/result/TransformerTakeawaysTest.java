package dev.prunelab.lab.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.lab.result.TransformerResult.Arm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Takeaways are written from the run's own figures, and only about models the run has. */
class TransformerTakeawaysTest {

    private static final long PARAMETERS = 22_565_376;
    private static final long EMBEDDINGS = 11_918_592;
    private static final long LINEAR = 10_616_832;

    private static Arm arm(String name, String criterion, String pattern, double r5, double cosine, Double millis) {
        long nonZero = criterion.equals("dense") || pattern.equals("heads+neurons") ? LINEAR : LINEAR / 2;
        long parameters = pattern.equals("heads+neurons") ? PARAMETERS - LINEAR / 2 : PARAMETERS;
        String role = criterion.equals("dense") ? "dense" : "compare";
        return new Arm(
                name,
                role,
                criterion,
                pattern,
                criterion.equals("dense") ? 0 : 0.5,
                0.5,
                r5 / 2,
                r5,
                r5 / 1.5,
                cosine,
                parameters,
                EMBEDDINGS,
                LINEAR,
                nonZero,
                4 * parameters,
                3 * parameters,
                millis,
                1);
    }

    private static final Arm DENSE = arm("dense", "dense", "dense", 0.5, 1, 100.0);

    @Test
    void oneShotRunsRankTheMethodsAndCompareThePatterns() {
        TransformerResult result = new TransformerResult(
                100,
                28,
                3500,
                0,
                List.of(
                        DENSE,
                        arm("magnitude unstructured 50%", "magnitude", "unstructured", 0.37, 0.68, null),
                        arm("Wanda unstructured 50%", "wanda", "unstructured", 0.44, 0.85, null),
                        arm("SparseGPT unstructured 50%", "sparsegpt", "unstructured", 0.46, 0.92, null),
                        arm("magnitude 2:4 50%", "magnitude", "2:4", 0.31, 0.56, null),
                        arm("Wanda 2:4 50%", "wanda", "2:4", 0.37, 0.70, null),
                        arm("SparseGPT 2:4 50%", "sparsegpt", "2:4", 0.45, 0.86, null)),
                List.of());
        List<String> lines = TransformerTakeaways.of(result);
        assertThat(lines.get(0))
                .contains("first for 25.0% of the 100 flashcard questions")
                .contains("top five for 50.0%");
        assertThat(lines.get(1))
                .startsWith("At 50.0% unstructured sparsity")
                .containsSubsequence("SparseGPT unstructured 50% (cosine 0.920", "Wanda", "magnitude")
                .contains("closer to dense than magnitude");
        assertThat(lines.get(2)).startsWith("At 50.0% 2:4 sparsity");
        assertThat(lines.get(3))
                .contains("magnitude's cosine falls from 0.680 to 0.560")
                .contains("+7.0 points unstructured and +6.0 points at 2:4: it shrinks");
        assertThat(lines.get(4))
                .contains("removes 23.5% of all 22.6M parameters")
                .contains("52.8% of the model");
        assertThat(lines).hasSize(5);
    }

    @Test
    void structuredRunsReportSizeAndSpeed() {
        TransformerResult result = new TransformerResult(
                100,
                28,
                3500,
                48,
                List.of(
                        DENSE,
                        arm("activation, 50% of heads and neurons", "activation", "heads+neurons", 0.34, 0.59, 57.0)),
                List.of());
        List<String> lines = TransformerTakeaways.of(result);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .contains("leaves 17.3M parameters of 22.6M")
                .contains("encodes in 57 ms instead of 100 ms (0.57×)");
    }
}
