package dev.prunelab.engine.data;

/**
 * A per-feature affine map {@code (x - offset) / scale}, fitted on training data and then applied
 * unchanged to any data of the same width (fit on train, apply to test: no information leaks from the
 * test set). Statistics are accumulated in double.
 *
 * <pre>{@code
 * FeatureScaler scaler = FeatureScaler.standardize(split.train());   // zero mean, unit variance
 * Dataset train = scaler.apply(split.train());
 * Dataset test = scaler.apply(split.test());
 * }</pre>
 */
public final class FeatureScaler {

    private final double[] offset;
    private final double[] scale;

    private FeatureScaler(double[] offset, double[] scale) {
        this.offset = offset;
        this.scale = scale;
    }

    /**
     * Fits standardisation like scikit-learn's {@code StandardScaler}: offset = mean, scale = population
     * standard deviation (1 for a constant feature, so it maps to 0 instead of NaN).
     */
    public static FeatureScaler standardize(Dataset train) {
        Require.notNull("train", train);
        int cols = train.cols();
        double[] mean = new double[cols];
        double[] std = new double[cols];
        for (int col = 0; col < cols; col++) {
            double sum = 0;
            for (int row = 0; row < train.rows(); row++) {
                sum += train.value(row, col);
            }
            mean[col] = sum / train.rows();
            double squares = 0;
            for (int row = 0; row < train.rows(); row++) {
                double d = train.value(row, col) - mean[col];
                squares += d * d;
            }
            std[col] = nonZero(Math.sqrt(squares / train.rows()));
        }
        return new FeatureScaler(mean, std);
    }

    /**
     * Fits min-max scaling like scikit-learn's {@code MinMaxScaler}: offset = min, scale = max - min
     * (1 for a constant feature), so training values land in [0, 1].
     */
    public static FeatureScaler minMax(Dataset train) {
        Require.notNull("train", train);
        int cols = train.cols();
        double[] min = new double[cols];
        double[] range = new double[cols];
        for (int col = 0; col < cols; col++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int row = 0; row < train.rows(); row++) {
                lo = Math.min(lo, train.value(row, col));
                hi = Math.max(hi, train.value(row, col));
            }
            min[col] = lo;
            range[col] = nonZero(hi - lo);
        }
        return new FeatureScaler(min, range);
    }

    private static double nonZero(double scale) {
        return scale == 0 ? 1 : scale;
    }

    /**
     * Applies the fitted map to every row of {@code data}.
     *
     * @throws IllegalArgumentException if {@code data} has a different number of features than the fit
     */
    public Dataset apply(Dataset data) {
        Require.notNull("data", data);
        Require.sameSize("data.cols()", data.cols(), "the fitted feature count", offset.length);
        float[] values = data.features();
        for (int i = 0; i < values.length; i++) {
            int col = i % offset.length;
            values[i] = (float) ((values[i] - offset[col]) / scale[col]);
        }
        return data.withFeatures(values);
    }

    /** Fitted offsets (mean or min), one per feature. */
    public double[] offsets() {
        return offset.clone();
    }

    /** Fitted scales (standard deviation or range), one per feature. */
    public double[] scales() {
        return scale.clone();
    }
}
