package dev.prunelab.content;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.prunelab.content.markdown.RenderedMarkdown.Heading;
import dev.prunelab.content.markdown.RenderedMarkdown.SectionText;
import java.util.List;

/**
 * A debugging drill, loaded from {@code content/drills/NN-<id>.md}: a symptom as a practitioner reports it, a prompt
 * for the learner's diagnosis (graded by the rubric of the same id), and an explanation with its sources and the lab
 * runs that show the effect. The Markdown body is the explanation, shown only after an answer.
 *
 * @param number      the drill's place in the list (the file name's {@code NN})
 * @param symptomHtml the symptom, rendered from Markdown
 * @param symptomText the symptom as plain text (what search matches)
 * @param minutes     the time box for the diagnosis
 * @param lessons     the lesson sections that teach the cause
 * @param lab         where the lab reproduces the effect
 * @param sources     the public threads and documents the drill is built from
 * @param html        the explanation, rendered
 */
public record Drill(
        String id,
        int number,
        String title,
        String symptomHtml,
        String symptomText,
        String prompt,
        int minutes,
        List<ContentLink> lessons,
        List<LabRun> lab,
        List<Source> sources,
        String path,
        String html,
        List<Heading> headings,
        @JsonIgnore List<SectionText> sections) {

    /**
     * A lab preset that shows the effect.
     *
     * @param preset a preset id from {@code content/lab-presets.yaml}
     * @param shows  what to look at in its results
     */
    public record LabRun(String preset, String shows) {

        /** The lab's builder, filled with the preset's settings. */
        public String href() {
            return "/lab?preset=" + preset;
        }
    }

    /**
     * A public source: an issue thread or a document.
     *
     * @param title e.g. "pytorch/pytorch issue 36214"
     * @param url   an {@code https://} address
     * @param shows what it shows, in the drill author's words
     */
    public record Source(String title, String url, String shows) {}

    public String href() {
        return "/drills/" + id;
    }

    public boolean hasAnchor(String anchor) {
        return headings.stream().anyMatch(h -> h.anchor().equals(anchor));
    }
}
