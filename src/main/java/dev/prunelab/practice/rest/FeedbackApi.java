package dev.prunelab.practice.rest;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.account.CurrentLearner;
import dev.prunelab.practice.AnswerLength;
import dev.prunelab.practice.FeedbackService;
import dev.prunelab.practice.feedback.Feedback;
import dev.prunelab.web.ClientAddress;
import dev.prunelab.web.Problem;
import dev.prunelab.web.RateLimiter;
import dev.prunelab.web.RateLimiters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stateless feedback: grades an answer and returns the notes without storing anything. No account needed. */
@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback", description = "Grade an answer without storing it (rate limited for anonymous callers)")
public class FeedbackApi {

    private final FeedbackService feedback;
    /** Anonymous requests per address: enough for a person, not for a script hammering the engine. */
    private final RateLimiter anonymousRequests;

    private final CurrentLearner learner;

    public FeedbackApi(FeedbackService feedback, RateLimiters limiters, PruneLabConfig config, CurrentLearner learner) {
        this.feedback = feedback;
        this.anonymousRequests = limiters.limiter(
                "anonymous-feedback",
                config.practice().feedbackRequests(),
                config.practice().feedbackWindow());
        this.learner = learner;
    }

    /**
     * An answer to grade.
     *
     * @param question       a question card or follow-up id (see {@code GET /api/practice/questions})
     * @param timeBoxMinutes the time box to judge the length against; empty for the question's own
     */
    public record FeedbackRequest(
            @NotBlank(message = "is required: a question or follow-up id") String question,

            @NotNull(message = "is required") @AnswerLength String answer,
            @TimeBox Integer timeBoxMinutes) {}

    /**
     * The engine's feedback, and the external LLM's notes beside it when that is configured and answered.
     *
     * @param llmNotes null when the LLM is off, failed or timed out
     */
    public record FeedbackResponse(Feedback feedback, String llmNotes) {}

    @POST
    @Operation(
            summary =
                    "Grade an answer: scores per dimension with evidence, missed points with lessons, misconceptions, notes, next steps. Nothing is stored.")
    public Response grade(@Valid @NotNull FeedbackRequest request, @Context HttpServerRequest http) {
        if (!learner.signedIn()) {
            Optional<Duration> wait = anonymousRequests.acquire(ClientAddress.of(http));
            if (wait.isPresent()) {
                long seconds = Math.max(1, wait.get().toSeconds());
                return Response.status(429)
                        .type(Problem.MEDIA_TYPE)
                        .header("Retry-After", seconds)
                        .entity(Problem.of(
                                429,
                                "Too Many Requests",
                                "Too many feedback requests from this address; try again in " + seconds
                                        + " seconds, or sign in.",
                                http.path()))
                        .build();
            }
        }
        Feedback result = feedback.evaluate(request.question(), request.answer(), request.timeBoxMinutes());
        String notes = result.scored()
                ? feedback.llmNotes(request.question(), request.answer()).orElse(null)
                : null;
        return Response.ok(new FeedbackResponse(result, notes)).build();
    }
}
