package dev.prunelab.content;

/**
 * A lab experiment preset that lessons can point to ({@code /lab/presets/<id>}), listed in
 * {@code content/lab-presets.yaml}.
 *
 * @param lesson  the lesson that explains what the preset shows
 * @param summary what the learner will see
 */
public record LabPreset(String id, String title, String lesson, String summary) {
    public String href() {
        return "/lab/presets/" + id;
    }
}
