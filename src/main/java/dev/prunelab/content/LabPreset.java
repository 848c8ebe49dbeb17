package dev.prunelab.content;

import java.io.Serializable;

/**
 * A lab experiment preset that lessons can point to ({@code /lab/presets/<id>}), listed in
 * {@code content/lab-presets.yaml}.
 *
 * @param lesson  the lesson that explains what the preset shows
 * @param summary what the learner will see
 */
public record LabPreset(String id, String title, String lesson, String summary) implements Serializable {
    public String href() { return "/lab/presets/" + id; }
}
