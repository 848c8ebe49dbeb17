package dev.prunelab.practice.rest;

import dev.prunelab.practice.AnswerHtml;
import dev.prunelab.practice.AnswerLength;
import dev.prunelab.practice.Attempt;
import dev.prunelab.practice.AttemptComparison;
import dev.prunelab.practice.AttemptService;
import dev.prunelab.practice.AttemptView;
import dev.prunelab.practice.Draft;
import dev.prunelab.practice.DraftService;
import dev.prunelab.practice.FeedbackService;
import dev.prunelab.practice.PracticeQuestion;
import dev.prunelab.web.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Practice as JSON: questions, autosaved drafts, attempts with their feedback, history, comparison and the
 * Markdown preview. Works for guests (a learner is created on the first save) and signed-in users; another
 * learner's attempt answers 404.
 */
@Path("/api/practice")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Practice", description = "Practice questions, drafts, scored attempts, history and comparison")
public class PracticeApi {

    private final FeedbackService feedback;
    private final AttemptService attempts;
    private final DraftService drafts;

    public PracticeApi(FeedbackService feedback, AttemptService attempts, DraftService drafts) {
        this.feedback = feedback;
        this.attempts = attempts;
        this.drafts = drafts;
    }

    /** A draft to save. */
    public record DraftRequest(
            @AnswerLength String answer,
            @TimeBox Integer timeBoxMinutes,

            @Min(value = 0, message = "must be 0 to 86400 seconds") @Max(value = 86_400, message = "must be 0 to 86400 seconds") Integer elapsedSeconds) {}

    /** An answer to grade and store. */
    public record AttemptRequest(
            @NotNull(message = "is required") @AnswerLength String answer,
            @TimeBox Integer timeBoxMinutes,

            @Min(value = 0, message = "must be 0 to 86400 seconds") @Max(value = 86_400, message = "must be 0 to 86400 seconds") Integer elapsedSeconds) {}

    /** Markdown to preview. */
    public record PreviewRequest(
            @NotNull(message = "is required") @AnswerLength String markdown) {}

    /** A saved draft. */
    public record DraftView(
            String question, String answer, Integer timeBoxMinutes, int elapsedSeconds, Instant savedAt) {
        static DraftView of(Draft d) {
            return new DraftView(d.questionId, d.answer, d.timeBoxMinutes, d.elapsedSeconds, d.updatedAt);
        }
    }

    /** One attempt in a history: when, the overall score and each dimension's score. */
    public record AttemptSummary(long id, Instant at, double overall, Map<String, Double> dimensions, String href) {}

    @GET
    @Path("questions")
    @Operation(
            summary =
                    "Practice questions (the main question and every follow-up), optionally filtered by dimension or kind")
    public List<PracticeQuestion> questions(
            @QueryParam("dimension") String dimension, @QueryParam("kind") String kind) {
        return PracticeResource.filter(feedback.questions(), dimension, kind, null);
    }

    @GET
    @Path("questions/{id}")
    @Operation(summary = "One practice question")
    public PracticeQuestion question(@PathParam("id") String id) {
        return requireQuestion(id);
    }

    @GET
    @Path("questions/{id}/draft")
    @Operation(summary = "Your autosaved draft for a question (404 when there is none)")
    public DraftView draft(@PathParam("id") String id) {
        requireQuestion(id);
        return drafts.find(id)
                .map(DraftView::of)
                .orElseThrow(() -> new NotFoundException("There is no draft for this question."));
    }

    @PUT
    @Path("questions/{id}/draft")
    @Operation(summary = "Autosave your draft for a question (overwrites the previous one)")
    public DraftView saveDraft(@PathParam("id") String id, @Valid @NotNull DraftRequest request) {
        requireQuestion(id);
        return DraftView.of(drafts.save(id, request.answer(), request.timeBoxMinutes(), request.elapsedSeconds()));
    }

    @DELETE
    @Path("questions/{id}/draft")
    @Operation(summary = "Discard your draft for a question")
    public Response discardDraft(@PathParam("id") String id) {
        requireQuestion(id);
        drafts.discard(id);
        return Response.noContent().build();
    }

    @POST
    @Path("questions/{id}/attempts")
    @Operation(
            summary =
                    "Submit an answer: it is graded, stored with its feedback, recorded in progress, and the draft removed")
    public Response submit(@PathParam("id") String id, @Valid @NotNull AttemptRequest request) {
        requireQuestion(id);
        AttemptService.Submission submission =
                attempts.submit(id, request.answer(), request.timeBoxMinutes(), request.elapsedSeconds());
        if (submission.attempt().isEmpty()) {
            throw InvalidInput.of("answer", submission.feedback().message());
        }
        Attempt attempt = submission.attempt().get();
        return Response.created(URI.create("/api/practice/attempts/" + attempt.id))
                .entity(AttemptView.of(attempt, submission.feedback()))
                .build();
    }

    @GET
    @Path("questions/{id}/attempts")
    @Operation(summary = "Your attempts at a question, oldest first, with overall and per-dimension scores")
    public List<AttemptSummary> history(@PathParam("id") String id) {
        requireQuestion(id);
        return attempts.history(id).stream()
                .map(a -> {
                    Map<String, Double> dimensions = new LinkedHashMap<>();
                    attempts.feedback(a).dimensions().forEach(d -> dimensions.put(d.id(), d.score()));
                    return new AttemptSummary(
                            a.id, a.createdAt, a.overall, dimensions, "/api/practice/attempts/" + a.id);
                })
                .toList();
    }

    @GET
    @Path("attempts/{id}")
    @Operation(summary = "One of your attempts with its answer and feedback notes")
    public AttemptView attempt(@PathParam("id") long id) {
        return view(id);
    }

    @GET
    @Path("attempts/compare")
    @Operation(
            summary =
                    "Two of your attempts side by side: scores per dimension with the change, and points only one made")
    public AttemptComparison compare(@QueryParam("first") Long first, @QueryParam("second") Long second) {
        if (first == null || second == null) {
            throw InvalidInput.of(first == null ? "first" : "second", "give two attempt ids, ?first=…&second=…");
        }
        return AttemptComparison.of(view(first), view(second));
    }

    @POST
    @Path("preview")
    @Operation(summary = "Markdown rendered to sanitised HTML, for the editor's live preview")
    public Map<String, String> preview(@Valid @NotNull PreviewRequest request) {
        return Map.of("html", AnswerHtml.render(request.markdown()));
    }

    private AttemptView view(long id) {
        Attempt attempt = attempts.find(id).orElseThrow(() -> new NotFoundException("There is no attempt " + id + "."));
        return AttemptView.of(attempt, attempts.feedback(attempt));
    }

    private PracticeQuestion requireQuestion(String id) {
        return feedback.question(id)
                .orElseThrow(() -> new NotFoundException("There is no practice question '" + id + "'."));
    }
}
