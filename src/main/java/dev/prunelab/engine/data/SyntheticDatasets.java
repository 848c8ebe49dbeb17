package dev.prunelab.engine.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded 2-D toy problems for decision-boundary pictures. Shapes follow scikit-learn's
 * {@code make_moons}/{@code make_circles} (the noise comes from {@link SplittableRandom}, so the
 * numbers differ from numpy's); rows are grouped by class, in curve order. Same arguments, same data.
 *
 * <pre>{@code
 * Dataset moons = SyntheticDatasets.moons(200, 0.1, 42);   // 200 x 2, classes 0 (upper) and 1 (lower)
 * }</pre>
 */
public final class SyntheticDatasets {

    private static final List<String> XY = List.of("x", "y");

    private SyntheticDatasets() {}

    /**
     * Two interleaving half circles: {@code n / 2} points on the upper unit half circle (class 0), the
     * rest on the lower one shifted to (1, 0.5) (class 1), plus Gaussian noise of standard deviation
     * {@code noise}.
     *
     * @throws IllegalArgumentException if {@code n < 2} or {@code noise} is negative or not finite
     */
    public static Dataset moons(int n, double noise, long seed) {
        return twoCurves(
                "moons",
                n,
                noise,
                seed,
                (cls, t, point) -> {
                    double angle = Math.PI * t;
                    point[0] = cls == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
                    point[1] = cls == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
                },
                true);
    }

    /**
     * A large circle (class 0, radius 1) around a small one (class 1, radius {@code factor}), points
     * evenly spaced by angle, plus Gaussian noise.
     *
     * @param factor inner radius relative to the outer, in (0, 1)
     * @throws IllegalArgumentException if {@code n < 2}, {@code noise} is negative or {@code factor} is outside (0, 1)
     */
    public static Dataset circles(int n, double noise, double factor, long seed) {
        Require.openFraction("factor", factor);
        return twoCurves(
                "circles",
                n,
                noise,
                seed,
                (cls, t, point) -> {
                    double radius = cls == 0 ? 1 : factor;
                    point[0] = radius * Math.cos(2 * Math.PI * t);
                    point[1] = radius * Math.sin(2 * Math.PI * t);
                },
                false);
    }

    /**
     * {@code arms} interleaved spirals, one class each, radius growing from 0 to 1 over 1.5 turns, plus
     * Gaussian noise. Points are dealt to the arms as evenly as possible.
     *
     * @param arms number of classes, in [2, 8]
     * @throws IllegalArgumentException if {@code arms} is outside [2, 8], {@code n < arms} or {@code noise} is negative
     */
    public static Dataset spirals(int n, int arms, double noise, long seed) {
        Require.inRange("arms", arms, 2, 8);
        Require.atLeast("n", n, arms);
        Require.nonNegative("noise", noise);
        SplittableRandom random = new SplittableRandom(seed);
        float[] features = new float[2 * n];
        int[] labels = new int[n];
        int row = 0;
        for (int arm = 0; arm < arms; arm++) {
            int count = n / arms + (arm < n % arms ? 1 : 0);
            for (int i = 0; i < count; i++, row++) {
                double t = count == 1 ? 0 : (double) i / (count - 1);
                double angle = 2 * Math.PI * arm / arms + 3 * Math.PI * t;
                features[2 * row] = (float) (t * Math.cos(angle) + noise * random.nextGaussian());
                features[2 * row + 1] = (float) (t * Math.sin(angle) + noise * random.nextGaussian());
                labels[row] = arm;
            }
        }
        return new Dataset("spirals", features, labels, 2, arms, XY, List.of());
    }

    /** Places the point of class {@code cls} at curve position {@code t} in [0, 1]. */
    private interface Curve {
        void place(int cls, double t, double[] point);
    }

    private static Dataset twoCurves(String name, int n, double noise, long seed, Curve curve, boolean closedEnds) {
        Require.atLeast("n", n, 2);
        Require.nonNegative("noise", noise);
        SplittableRandom random = new SplittableRandom(seed);
        float[] features = new float[2 * n];
        int[] labels = new int[n];
        double[] point = new double[2];
        int firstClassSize = n / 2;
        for (int row = 0; row < n; row++) {
            int cls = row < firstClassSize ? 0 : 1;
            int index = cls == 0 ? row : row - firstClassSize;
            int count = cls == 0 ? firstClassSize : n - firstClassSize;
            // moons include both ends of the half circle (linspace); circles stop short of 2*pi
            double t = closedEnds ? (count == 1 ? 0 : (double) index / (count - 1)) : (double) index / count;
            curve.place(cls, t, point);
            features[2 * row] = (float) (point[0] + noise * random.nextGaussian());
            features[2 * row + 1] = (float) (point[1] + noise * random.nextGaussian());
            labels[row] = cls;
        }
        return new Dataset(name, features, labels, 2, 2, XY, List.of());
    }
}
