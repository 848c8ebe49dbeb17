package dev.prunelab.engine.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The bundled data sets, read from the classpath ({@code /content/datasets/}, see the README there for
 * provenance, licences and file formats). Plain JDK I/O, so it works from a directory or a jar.
 * Loaded sets are cached: {@link Dataset} is immutable, so callers can share them.
 *
 * <pre>{@code
 * Dataset wine = Datasets.load("wine");           // 178 x 13, rows in scikit-learn's order
 * Dataset mnist = Datasets.load("mnist10k");      // 10000 x 784, pixels in [0, 1]
 * }</pre>
 */
public final class Datasets {

    /**
     * Every name {@link #load} accepts ({@code "mnist"} is also accepted for {@code "mnist10k"}): the bundled sets of
     * {@link DataSet}.
     */
    public static final List<String> NAMES = Arrays.stream(DataSet.values())
            .filter(d -> !d.generated())
            .map(DataSet::id)
            .toList();

    private static final String FOLDER = "/content/datasets/";
    private static final Map<String, Dataset> CACHE = new ConcurrentHashMap<>();

    private Datasets() {}

    /**
     * Loads a bundled data set by name.
     *
     * @param name one of {@link #NAMES}, or {@code "mnist"}
     * @return the data set, rows in the documented order
     * @throws IllegalArgumentException for an unknown name
     */
    public static Dataset load(String name) {
        String key = "mnist".equals(name) ? "mnist10k" : name;
        if (!NAMES.contains(key)) {
            throw new IllegalArgumentException("dataset must be one of " + NAMES + ", got " + name);
        }
        return CACHE.computeIfAbsent(key, Datasets::read);
    }

    private static Dataset read(String name) {
        boolean mnist = name.equals("mnist10k");
        String file = FOLDER + name + (mnist ? ".u8.gz" : ".csv.gz");
        try (InputStream raw = Datasets.class.getResourceAsStream(file)) {
            if (raw == null) {
                throw new IllegalStateException("data set file missing from the classpath: " + file);
            }
            InputStream in = new GZIPInputStream(raw, 1 << 16);
            return mnist ? MnistFile.read(name, in) : CsvDatasetFile.read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
