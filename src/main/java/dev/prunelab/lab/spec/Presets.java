package dev.prunelab.lab.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.LabPreset;
import dev.prunelab.engine.data.DataSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default custom experiment, and the spec of each preset of {@code content/lab-presets.yaml}, where every preset
 * lists its title, lesson, summary and what it changes from the default ({@code spec}). Presets are sized so each
 * finishes in seconds on two cores: fewer epochs and smaller sweeps than the benchmark workloads.
 */
public final class Presets {

    /** The default custom experiment, and the base every preset starts from. */
    public static final ExperimentRequest CUSTOM = new ExperimentRequest(
            null,
            DataSet.DIGITS.id(),
            Model.MLP.id(),
            List.of(128, 64),
            PruneCriterion.MAGNITUDE.id(),
            Granularity.UNSTRUCTURED.id(),
            PruneScope.GLOBAL.id(),
            Schedule.ONE_SHOT.id(),
            3,
            List.of(0.5, 0.7, 0.8, 0.9, 0.95, 0.98),
            12,
            2,
            DataSet.DIGITS.rows(),
            5,
            Compare.NONE.id(),
            0L);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ExperimentRequest> specs = new LinkedHashMap<>();

    private Presets(List<LabPreset> presets) {
        for (LabPreset preset : presets) {
            specs.put(
                    preset.id(),
                    ExperimentRequest.ofPreset(preset.id()).over(read(preset).over(CUSTOM)));
        }
    }

    /** The presets of the catalog, in its order. */
    public static Presets of(ContentCatalog catalog) {
        return of(catalog.presets());
    }

    public static Presets of(List<LabPreset> presets) {
        return new Presets(presets);
    }

    /** The preset ids, in the order of the lab page. */
    public List<String> ids() {
        return List.copyOf(specs.keySet());
    }

    /** The complete request of a preset (its {@code preset} field set), before it is checked. */
    public Optional<ExperimentRequest> request(String id) {
        return Optional.ofNullable(specs.get(id));
    }

    private static ExperimentRequest read(LabPreset preset) {
        try {
            return JSON.readValue(preset.spec(), ExperimentRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "content/lab-presets.yaml: the spec of preset " + preset.id() + " is not an experiment", e);
        }
    }
}
