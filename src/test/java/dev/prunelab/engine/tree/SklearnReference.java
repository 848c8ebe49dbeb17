package dev.prunelab.engine.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reference values recorded from scikit-learn 1.2.1 by {@code make_fixtures.py} (test resources, next
 * to this package): the full trees of {@code DecisionTreeClassifier(criterion, random_state=0)} fitted
 * on all rows, and the lines {@code shared/bench/sklearn_ccp_path.py} printed.
 */
final class SklearnReference {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SklearnReference() {}

    /** Tree arrays ("left", "right", "feature", "threshold", "impurity", "samples", "counts") of one data set. */
    static JsonNode tree(String dataset, Criterion criterion) {
        return read("sklearn_trees_" + criterion.key() + ".json").get(dataset);
    }

    /** The reference script's JSON line for one data set. */
    static JsonNode ccpLine(String dataset, Criterion criterion) {
        try (InputStream in = resource("sklearn_ccp_path_" + criterion.key() + ".jsonl");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode node = JSON.readTree(line);
                if (node.get("dataset").asText().equals(dataset)) {
                    return node;
                }
            }
            throw new IllegalStateException("no reference line for " + dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    private static JsonNode read(String file) {
        try (InputStream in = resource(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = SklearnReference.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + file);
        }
        return in;
    }
}
