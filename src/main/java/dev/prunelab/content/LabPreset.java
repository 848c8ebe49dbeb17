package dev.prunelab.content;

import java.util.List;
import java.util.Optional;

/**
 * A lab experiment preset that lessons can point to ({@code /lab/presets/<id>}), listed in
 * {@code content/lab-presets.yaml}.
 *
 * @param lesson     the lesson that explains what the preset shows
 * @param summary    what the learner will see
 * @param spec       what its experiment changes from the lab's default experiment, as a JSON object (the lab reads it)
 * @param prediction the question asked before it runs
 * @param seconds    about how long a run takes on the lab's workers, shown on the card
 * @param startHere  the one preset the lab suggests first
 * @param figure     the lesson figure that shows what the preset shows (its thumbnail on the preset's card)
 */
public record LabPreset(
        String id,
        String title,
        String lesson,
        String summary,
        String spec,
        Prediction prediction,
        int seconds,
        boolean startHere,
        String figure) {

    public String href() {
        return "/lab/presets/" + id;
    }

    /**
     * One multiple-choice question about the outcome, asked before the run.
     *
     * @param expected the index of the choice the preset shows at its own settings and seed
     */
    public record Prediction(String question, List<String> choices, int expected) {
        public String expectedChoice() {
            return choices.get(expected);
        }

        /** The text of a choice, or empty for an index out of range. */
        public Optional<String> choice(int index) {
            return index >= 0 && index < choices.size() ? Optional.of(choices.get(index)) : Optional.empty();
        }
    }
}
