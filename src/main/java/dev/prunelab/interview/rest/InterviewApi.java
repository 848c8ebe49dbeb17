package dev.prunelab.interview.rest;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.interview.InterviewEvents;
import dev.prunelab.interview.InterviewReport;
import dev.prunelab.interview.InterviewScoring;
import dev.prunelab.interview.InterviewService;
import dev.prunelab.interview.InterviewSession;
import dev.prunelab.interview.InterviewView;
import dev.prunelab.interview.PairInterviews;
import dev.prunelab.interview.SoloInterviews;
import dev.prunelab.practice.AnswerLength;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.StreamSlots;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Mock interviews as JSON, and the live event stream of a session. Only a session's two participants can see it:
 * anybody else gets 404. Guests take part through their guest learner.
 */
@Path("/api/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Interviews",
        description = "Solo and pair mock interviews: questions, answers, hints, follow-ups, scores, reports")
public class InterviewApi {

    private final InterviewService interviews;
    private final SoloInterviews solo;
    private final PairInterviews pairs;
    private final InterviewEvents events;
    private final StreamSlots streams;
    private final CurrentLearner learner;

    public InterviewApi(
            InterviewService interviews,
            SoloInterviews solo,
            PairInterviews pairs,
            InterviewEvents events,
            StreamSlots streams,
            CurrentLearner learner) {
        this.interviews = interviews;
        this.solo = solo;
        this.pairs = pairs;
        this.events = events;
        this.streams = streams;
        this.learner = learner;
    }

    /**
     * A new interview: {@code solo} (the app asks) or {@code pair} (you interview someone who joins by link), on a
     * question card ({@code question}, a card id; the featured card when omitted).
     */
    public record CreateRequest(
            @NotNull(message = "must be solo or pair") @Pattern(regexp = "solo|pair", message = "must be solo or pair") String mode,

            @NotNull(message = "must be 15, 30 or 45") Integer minutes,

            @Size(max = 100, message = "must be a question card id of at most 100 characters") String question) {}

    public record AnswerRequest(
            @NotNull(message = "is required") @AnswerLength String answer) {}

    /** A follow-up to ask: the id of one from suggestions, or (instead) a question in the interviewer's own words. */
    public record AskRequest(String followUp, String question) {}

    /** The interviewer's 1–4 per dimension (omit a dimension to leave it unscored) and private notes. */
    public record ScoreRequest(
            @NotNull(message = "is required") Map<String, Integer> scores,
            @AnswerLength String notes) {}

    /** A session in a list. */
    public record Summary(long id, String mode, String status, int minutes, Double overall, String href) {}

    @POST
    @Operation(
            summary =
                    "Start a solo interview (the main question is asked at once) or create a pair session with a join link, on a question card (default: the featured card)")
    public Response create(@Valid @NotNull CreateRequest request) {
        InterviewSession session = "solo".equals(request.mode())
                ? solo.start(request.minutes(), request.question())
                : pairs.create(request.minutes(), request.question());
        return Response.created(URI.create("/api/interviews/" + session.id))
                .entity(interviews.view(session))
                .build();
    }

    @GET
    @Operation(summary = "Your interviews (created or joined), newest first")
    public List<Summary> mine() {
        return interviews.mine().stream()
                .map(s -> new Summary(
                        s.id,
                        s.mode.name().toLowerCase(),
                        s.status.name().toLowerCase(),
                        s.minutes,
                        s.overall,
                        "/api/interviews/" + s.id))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(
            summary =
                    "A session as you see it in your role (the candidate sees feedback and scores only when it is finished)")
    public InterviewView get(@PathParam("id") long id) {
        InterviewSession session = interviews.require(id);
        solo.finishIfTimeUp(session);
        return interviews.view(session);
    }

    @POST
    @Path("join/{token}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Join a pair session as its candidate, with the token from the interviewer's link")
    public InterviewView join(@PathParam("token") String token) {
        return interviews.view(pairs.join(token)
                .orElseThrow(() -> new NotFoundException("There is no session to join at this link.")));
    }

    @POST
    @Path("{id}/answers")
    @Operation(
            summary =
                    "Answer the current question (candidate); solo interviews then ask the follow-up for the biggest gap")
    public InterviewView answer(@PathParam("id") long id, @Valid @NotNull AnswerRequest request) {
        return interviews.view(interviews.answer(id, request.answer()));
    }

    @POST
    @Path("{id}/hints")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Take a hint on the current question (candidate); each costs 0.25 points of the answer's score")
    public Map<String, Object> hint(@PathParam("id") long id) {
        String hint = interviews.hint(id);
        return Map.of("hint", hint, "cost", InterviewScoring.HINT_COST);
    }

    @POST
    @Path("{id}/follow-ups")
    @Operation(
            summary = "Ask a follow-up (pair interviewer), once the current question is answered: followUp, an id from"
                    + " suggestions, or question, your own words (left unscored by the engine)")
    public InterviewView ask(@PathParam("id") long id, @Valid @NotNull AskRequest request) {
        if (request.question() != null) {
            return interviews.view(pairs.askOwn(id, request.question()));
        }
        if (request.followUp() == null || request.followUp().isBlank()) {
            throw InvalidInput.of(
                    "followUp", "is required: a follow-up id from suggestions (or give question, your own words)");
        }
        return interviews.view(pairs.ask(id, request.followUp()));
    }

    @PUT
    @Path("{id}/scores")
    @Operation(summary = "Save the interviewer's 1–4 score per dimension and private notes (pair interviewer)")
    public InterviewView score(@PathParam("id") long id, @Valid @NotNull ScoreRequest request) {
        return interviews.view(pairs.score(id, request.scores(), request.notes()));
    }

    @POST
    @Path("{id}/finish")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary =
                    "Finish the interview (solo candidate or pair interviewer) and get the report; recorded in progress")
    public InterviewReport finish(@PathParam("id") long id) {
        return interviews.view(interviews.finish(id)).report();
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "The report of a finished interview (404 until it is finished)")
    public InterviewReport report(@PathParam("id") long id) {
        InterviewView view = interviews.view(interviews.require(id));
        if (view.report() == null) {
            throw new NotFoundException("This interview is not finished yet.");
        }
        return view.report();
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @Blocking
    @Operation(
            summary =
                    "Server-sent events: 'changed' after each change of the session (reload its state), 'ping' every 25 s")
    public Multi<String> events(@PathParam("id") long id) {
        interviews.require(id);
        return streams.open(learner.limitKey(), events.stream(id));
    }
}
