package dev.prunelab.content;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.prunelab.content.markdown.RenderedMarkdown.Heading;
import dev.prunelab.content.markdown.RenderedMarkdown.SectionText;
import java.util.List;

/**
 * An interview question with everything needed to prepare it, loaded from {@code content/questions/*.md}.
 * The Markdown body holds the sample answer.
 *
 * @param prompt       the question as the interviewer asks it
 * @param expectations what the interviewer expects to hear (a checklist)
 * @param keyTopics    the topics to cover, each linked to the lesson that teaches it
 * @param approach     how to approach the answer, step by step
 * @param followUps    follow-up questions, each linked to its model answer
 * @param minutes      the expected answer length in minutes
 */
public record QuestionCard(
        String id,
        String title,
        String prompt,
        String company,
        String round,
        String level,
        int minutes,
        List<String> expectations,
        List<KeyTopic> keyTopics,
        List<String> approach,
        List<FollowUp> followUps,
        String path,
        String html,
        List<Heading> headings,
        @JsonIgnore List<SectionText> sections) {

    /** A topic to cover and where to learn it. */
    public record KeyTopic(String title, ContentLink lesson) {}

    /**
     * A follow-up question.
     *
     * @param id        unique across all questions (practice and rubrics refer to it)
     * @param answer    where its model answer is taught
     * @param dimension the rubric dimension it mainly probes
     */
    public record FollowUp(String id, String question, ContentLink answer, String dimension) {}

    public String href() {
        return "/questions/" + id;
    }
}
