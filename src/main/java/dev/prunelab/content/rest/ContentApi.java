package dev.prunelab.content.rest;

import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.QuestionCard;
import dev.prunelab.content.markdown.RenderedMarkdown.Heading;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The curriculum as JSON: question cards and lessons. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content", description = "Question cards and lessons")
public class ContentApi {

    private final ContentService content;

    public ContentApi(ContentService content) {
        this.content = content;
    }

    /** A question card in a list. */
    public record QuestionSummary(String id, String title, String prompt, String url, int followUps) {
        static QuestionSummary of(QuestionCard card) {
            return new QuestionSummary(
                    card.id(),
                    card.title(),
                    card.prompt(),
                    card.href(),
                    card.followUps().size());
        }
    }

    /** A lesson in a list. */
    public record LessonSummary(
            String id,
            String title,
            String summary,
            int order,
            String track,
            List<String> prerequisites,
            int minutes,
            List<String> tags,
            String url) {
        static LessonSummary of(Lesson lesson) {
            return new LessonSummary(
                    lesson.id(),
                    lesson.title(),
                    lesson.summary(),
                    lesson.order(),
                    lesson.track().name().toLowerCase(),
                    lesson.prerequisites(),
                    lesson.minutes(),
                    lesson.tags(),
                    lesson.href());
        }
    }

    /** A whole lesson: its summary fields, table of contents and rendered HTML. */
    public record LessonDetail(LessonSummary lesson, List<Heading> sections, int words, String html) {}

    @GET
    @Path("questions")
    @Operation(summary = "List question cards")
    public List<QuestionSummary> questions() {
        return content.catalog().questions().stream().map(QuestionSummary::of).toList();
    }

    @GET
    @Path("questions/{id}")
    @Operation(summary = "Get a question card with expectations, key topics, approach, follow-ups and sample answer")
    public QuestionCard question(@PathParam("id") String id) {
        return content.catalog()
                .question(id)
                .orElseThrow(() ->
                        new NotFoundException("There is no question card '" + LearnResource.abbreviate(id) + "'."));
    }

    @GET
    @Path("lessons")
    @Operation(summary = "List lessons in learning-path order")
    public List<LessonSummary> lessons() {
        return content.catalog().lessons().stream().map(LessonSummary::of).toList();
    }

    @GET
    @Path("lessons/{id}")
    @Operation(summary = "Get a lesson with its sections and rendered HTML")
    public LessonDetail lesson(@PathParam("id") String id) {
        Lesson lesson = content.catalog()
                .lesson(id)
                .orElseThrow(() -> new NotFoundException("There is no lesson '" + LearnResource.abbreviate(id) + "'."));
        return new LessonDetail(LessonSummary.of(lesson), lesson.tableOfContents(), lesson.words(), lesson.html());
    }
}
