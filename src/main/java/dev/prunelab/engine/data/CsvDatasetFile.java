package dev.prunelab.engine.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tabular data set format written by {@code content/datasets/convert.py}: line 1
 * {@code #classes,<class names>}, line 2 the feature names then {@code label}, then one sample per
 * line. Values are parsed as double (the exact numbers scikit-learn's loaders return) and rounded
 * once to float, as {@code X.astype(np.float32)} does.
 */
final class CsvDatasetFile {

    private static final String CLASSES_PREFIX = "#classes,";

    private CsvDatasetFile() {}

    static Dataset read(String name, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String classLine = reader.readLine();
        if (classLine == null || !classLine.startsWith(CLASSES_PREFIX)) {
            throw new IOException(name + ": first line must start with " + CLASSES_PREFIX);
        }
        List<String> classNames =
                List.of(classLine.substring(CLASSES_PREFIX.length()).split(","));
        List<String> header = List.of(reader.readLine().split(","));
        List<String> featureNames = header.subList(0, header.size() - 1);
        int cols = featureNames.size();

        float[] features = new float[1024 * cols];
        int[] labels = new int[1024];
        int rows = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (rows == labels.length) {
                labels = Arrays.copyOf(labels, rows * 2);
                features = Arrays.copyOf(features, rows * 2 * cols);
            }
            String[] cells = line.split(",");
            if (cells.length != cols + 1) {
                throw new IOException(
                        name + ": line " + (rows + 3) + " has " + cells.length + " cells, expected " + (cols + 1));
            }
            for (int c = 0; c < cols; c++) {
                features[rows * cols + c] = (float) Double.parseDouble(cells[c]);
            }
            labels[rows++] = Integer.parseInt(cells[cols]);
        }
        return new Dataset(
                name,
                Arrays.copyOf(features, rows * cols),
                Arrays.copyOf(labels, rows),
                cols,
                classNames.size(),
                featureNames,
                classNames);
    }
}
