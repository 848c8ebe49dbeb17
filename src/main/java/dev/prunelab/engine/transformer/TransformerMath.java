package dev.prunelab.engine.transformer;

/**
 * The element-wise and row-wise operations of a BERT encoder: LayerNorm, GELU, softmax. Loops are kept
 * free of calls and branches where they are hot, so the JIT can vectorise them.
 */
final class TransformerMath {

    private static final float INV_SQRT2 = (float) (1 / Math.sqrt(2));
    /** erf(4) = 1 − 1.5e-8: beyond ±4 erf is ±1 in float32. */
    private static final float ERF_LIMIT = 4f;

    // erf(x) ≈ x·P(x²)/Q(x²) on [−4, 4]: a least-squares rational fit (degrees 6 and 5 in x²) on Chebyshev
    // nodes against double-precision erf; evaluated in float32 its absolute error stays below 3.2e-7.
    private static final float P0 = 1.1283791792247884f;
    private static final float P1 = 0.18471941823271532f;
    private static final float P2 = 0.0543667281487372f;
    private static final float P3 = 0.003844397874017966f;
    private static final float P4 = 0.00038415494920539315f;
    private static final float P5 = 4.818214516293801e-06f;
    private static final float P6 = -1.385812825605015e-08f;
    private static final float Q1 = 0.4970368499934769f;
    private static final float Q2 = 0.11385926119256162f;
    private static final float Q3 = 0.01546800240521809f;
    private static final float Q4 = 0.0013125778124701577f;
    private static final float Q5 = 6.437118333675173e-05f;

    private TransformerMath() {}

    /** erf(x) for a float, by the rational fit above. */
    static float erf(float x) {
        float z = Math.max(-ERF_LIMIT, Math.min(ERF_LIMIT, x));
        float t = z * z;
        float p = (((((P6 * t + P5) * t + P4) * t + P3) * t + P2) * t + P1) * t + P0;
        float q = ((((Q5 * t + Q4) * t + Q3) * t + Q2) * t + Q1) * t + 1f;
        return z * p / q;
    }

    /**
     * GELU with the exact (erf) form, {@code x·½(1 + erf(x/√2))}, in place.
     *
     * @param values the activations
     * @param count how many, from index 0
     */
    static void gelu(float[] values, int count) {
        for (int i = 0; i < count; i++) {
            float x = values[i];
            values[i] = 0.5f * x * (1f + erf(x * INV_SQRT2));
        }
    }

    /**
     * {@code x = LayerNorm(x + residual)} row by row, with the biased variance as PyTorch computes it. Each
     * row is worked on in a scratch copy at offset 0, where the JIT vectorises the loops that mix arrays.
     *
     * @param x rows × width, overwritten with the result
     * @param residual rows × width, added first (null for none)
     * @param rows row count
     * @param gamma the scale, width values
     * @param beta the shift, width values
     * @param epsilon added to the variance
     */
    static void addLayerNorm(float[] x, float[] residual, int rows, float[] gamma, float[] beta, float epsilon) {
        int width = gamma.length;
        float[] row = new float[width];
        float[] other = new float[width];
        for (int r = 0; r < rows; r++) {
            int base = r * width;
            System.arraycopy(x, base, row, 0, width);
            if (residual != null) {
                System.arraycopy(residual, base, other, 0, width);
                for (int c = 0; c < width; c++) {
                    row[c] += other[c];
                }
            }
            double sum = 0;
            for (int c = 0; c < width; c++) {
                sum += row[c];
            }
            float mean = (float) (sum / width);
            double squares = 0;
            for (int c = 0; c < width; c++) {
                float d = row[c] - mean;
                squares += d * d;
            }
            float scale = (float) (1 / Math.sqrt(squares / width + epsilon));
            for (int c = 0; c < width; c++) {
                row[c] = (row[c] - mean) * scale * gamma[c] + beta[c];
            }
            System.arraycopy(row, 0, x, base, width);
        }
    }

    /**
     * {@code softmax(scale · scores)} of {@code count} scores in place.
     *
     * @param scores the values, overwritten with probabilities
     * @param from first index
     * @param count how many
     * @param scale multiplies every score first
     */
    static void scaledSoftmax(float[] scores, int from, int count, float scale) {
        for (int i = from; i < from + count; i++) {
            scores[i] *= scale;
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int i = from; i < from + count; i++) {
            max = Math.max(max, scores[i]);
        }
        float sum = 0f;
        for (int i = from; i < from + count; i++) {
            float e = (float) Math.exp(scores[i] - max);
            scores[i] = e;
            sum += e;
        }
        float inverse = 1f / sum;
        for (int i = from; i < from + count; i++) {
            scores[i] *= inverse;
        }
    }
}
