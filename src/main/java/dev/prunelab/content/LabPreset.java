package dev.prunelab.content;

/**
 * A lab experiment preset that lessons can point to ({@code /lab/presets/<id>}), listed in
 * {@code content/lab-presets.yaml}.
 *
 * @param lesson  the lesson that explains what the preset shows
 * @param summary what the learner will see
 * @param spec    what its experiment changes from the lab's default experiment, as a JSON object (the lab reads it)
 */
public record LabPreset(String id, String title, String lesson, String summary, String spec) {
    public String href() {
        return "/lab/presets/" + id;
    }
}
