package dev.prunelab.engine.data;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every data set the engine and the lab know, in one registry: the bundled files ({@link Datasets}) and the seeded
 * 2-D generators ({@link SyntheticDatasets}), with their sizes, image shape and how an experiment loads them.
 *
 * <pre>{@code
 * Dataset digits = DataSet.DIGITS.load(0, 0);     // 1797 x 64, pixels in [0, 1]
 * Dataset moons = DataSet.MOONS.load(300, 42);    // 300 generated points
 * DataSet.byId("wine").orElseThrow().rows();      // 178
 * }</pre>
 */
public enum DataSet {
    DIGITS("digits", 1797, 8),
    MNIST10K("mnist10k", 10000, 28),
    BREAST_CANCER("breast_cancer", 569, 0),
    WINE("wine", 178, 0),
    IRIS("iris", 150, 0),
    MOONS("moons", 0, 0),
    SPIRALS("spirals", 0, 0);

    /** Points an experiment generates unless told: enough for a clear boundary, few enough for seconds of training. */
    private static final int GENERATED_ROWS = 300;
    /** MNIST rows an experiment uses unless told: a tenth of the training cost of all 10000, most of the accuracy. */
    private static final int MNIST_ROWS = 3000;

    private final String id;
    private final int rows;
    private final int imageSide;

    DataSet(String id, int rows, int imageSide) {
        this.id = id;
        this.rows = rows;
        this.imageSide = imageSide;
    }

    /** The name in files, specs and URLs, e.g. {@code breast_cancer}. */
    public String id() {
        return id;
    }

    /** Whether its rows are generated from a seed (any number of them) rather than read from a file. */
    public boolean generated() {
        return rows == 0;
    }

    /** Rows of the bundled file; as many as asked for a generated set. */
    public int rows() {
        return generated() ? Integer.MAX_VALUE : rows;
    }

    /** How many rows an experiment takes unless told: all, but 3000 of MNIST and 300 generated points. */
    public int usualRows() {
        return generated() ? GENERATED_ROWS : this == MNIST10K ? MNIST_ROWS : rows;
    }

    /** Whether rows are square grey images (a CNN can read them). */
    public boolean isImage() {
        return imageSide > 0;
    }

    /** The side of an image in pixels (8 for digits, 28 for MNIST), 0 for tabular data. */
    public int imageSide() {
        return imageSide;
    }

    /**
     * The data as an experiment reads it: pixels in [0, 1], generated sets drawn with the seed.
     *
     * @param rows points to generate (generated sets only)
     * @param seed the draw of a generated set
     */
    public Dataset load(int rows, long seed) {
        return switch (this) {
            case DIGITS -> Datasets.load(id).dividedBy(16f);
            case MOONS -> SyntheticDatasets.moons(rows, 0.2, seed);
            case SPIRALS -> SyntheticDatasets.spirals(rows, 2, 0.05, seed);
            default -> Datasets.load(id);
        };
    }

    /** The data set with this id. */
    public static Optional<DataSet> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    /** The ids of every data set, in registry order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(DataSet::id).toList();
    }
}
