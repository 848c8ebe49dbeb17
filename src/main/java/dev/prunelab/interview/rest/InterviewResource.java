package dev.prunelab.interview.rest;

import dev.prunelab.content.QuestionCard;
import dev.prunelab.content.Rubric;
import dev.prunelab.interview.InterviewPlan;
import dev.prunelab.interview.InterviewService;
import dev.prunelab.interview.InterviewSession;
import dev.prunelab.interview.InterviewView;
import dev.prunelab.interview.PairInterviews;
import dev.prunelab.interview.SoloInterviews;
import dev.prunelab.practice.Dimensions;
import dev.prunelab.web.FieldError;
import dev.prunelab.web.FormFields;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.Json;
import dev.prunelab.web.SiteOrigin;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The mock interview pages: choosing a mode and length, a solo interview or a pair session (the interviewer's and
 * the candidate's views, updated live), joining by link, and the report. Another learner's session is a 404.
 */
@Path("/interview")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class InterviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(
                List<InterviewSession> sessions, List<Integer> lengths, List<QuestionCard> questions, String selected);

        static native TemplateInstance turn(InterviewView view, String answer, String error, String pageData);

        static native TemplateInstance interviewer(
                InterviewView view,
                String joinUrl,
                Map<String, String> dimensions,
                Rubric rubric,
                String notice,
                String error,
                String pageData);

        static native TemplateInstance report(InterviewView view);

        static native TemplateInstance join(InterviewSession session, String question);
    }

    private final InterviewService interviews;
    private final SoloInterviews solo;
    private final PairInterviews pairs;
    private final Json json;
    private final SiteOrigin site;

    public InterviewResource(
            InterviewService interviews, SoloInterviews solo, PairInterviews pairs, Json json, SiteOrigin site) {
        this.interviews = interviews;
        this.solo = solo;
        this.pairs = pairs;
        this.json = json;
        this.site = site;
    }

    /** The start page; {@code question} preselects a question card (the featured one when absent or unknown). */
    @GET
    public TemplateInstance index(@QueryParam("question") String question) {
        List<QuestionCard> questions = interviews.questions();
        String selected = questions.stream()
                .map(QuestionCard::id)
                .filter(id -> id.equals(question))
                .findFirst()
                .orElse(questions.isEmpty() ? "" : questions.get(0).id());
        return Templates.index(interviews.mine(), InterviewPlan.LENGTHS, questions, selected);
    }

    @POST
    @Path("solo")
    public Response solo(@FormParam("minutes") String minutes, @FormParam("question") String question) {
        return start(solo::start, minutes, question);
    }

    @POST
    @Path("pair")
    public Response pair(@FormParam("minutes") String minutes, @FormParam("question") String question) {
        return start(pairs::create, minutes, question);
    }

    /**
     * Starts an interview of the chosen length on the chosen question card (the featured card when none is chosen); a
     * missing or wrong length or an unknown card is a 400 page saying what is allowed.
     */
    private static Response start(
            BiFunction<Integer, String, InterviewSession> starter, String minutes, String question) {
        try {
            Integer length = FormFields.optionalInt("minutes", minutes);
            if (length == null) {
                throw InvalidInput.of("minutes", "choose a length: 15, 30 or 45 minutes");
            }
            return redirect(starter.apply(length, question).id);
        } catch (InvalidInput e) {
            throw new BadRequestException(e.messageFor("question")
                    .map(m -> "Question: " + m + ".")
                    .orElseGet(() -> "Length " + e.messageFor("minutes").orElse(e.getMessage()) + "."));
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance session(
            @PathParam("id") long id, @QueryParam("saved") boolean saved, @Context UriInfo uri) {
        InterviewSession session = interviews.require(id);
        solo.finishIfTimeUp(session);
        return page(session, "", "", saved ? "Scores and notes saved." : "", uri);
    }

    @POST
    @Path("{id}/answer")
    public Response answer(@PathParam("id") long id, @FormParam("answer") String answer, @Context UriInfo uri) {
        try {
            interviews.answer(id, answer);
            return redirect(id);
        } catch (InvalidInput e) {
            return Response.status(400)
                    .entity(page(
                            interviews.require(id), answer, e.errors().get(0).message(), "", uri))
                    .build();
        }
    }

    @POST
    @Path("{id}/hint")
    public Response hint(@PathParam("id") long id) {
        interviews.hint(id);
        return Response.seeOther(URI.create("/interview/" + id + "#hints")).build();
    }

    @POST
    @Path("{id}/ask")
    public Response ask(@PathParam("id") long id, @FormParam("followUp") String followUp, @Context UriInfo uri) {
        return asked(id, () -> pairs.ask(id, followUp == null ? "" : followUp), uri);
    }

    @POST
    @Path("{id}/ask-own")
    public Response askOwn(@PathParam("id") long id, @FormParam("question") String question, @Context UriInfo uri) {
        return asked(id, () -> pairs.askOwn(id, question), uri);
    }

    /** After the interviewer asks a follow-up: the session, or the page again saying what was wrong (400). */
    private Response asked(long id, Runnable ask, UriInfo uri) {
        try {
            ask.run();
            return redirect(id);
        } catch (InvalidInput e) {
            return Response.status(400)
                    .entity(page(interviews.require(id), "", e.getMessage(), "", uri))
                    .build();
        }
    }

    @POST
    @Path("{id}/scores")
    public Response scores(@PathParam("id") long id, MultivaluedMap<String, String> form, @Context UriInfo uri) {
        try {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (String dimension : Dimensions.LABELS.keySet()) {
                scores.put(
                        dimension, FormFields.optionalInt("scores." + dimension, form.getFirst("score-" + dimension)));
            }
            pairs.score(id, scores, form.getFirst("notes"));
            return Response.seeOther(URI.create("/interview/" + id + "?saved=true"))
                    .build();
        } catch (InvalidInput e) {
            FieldError error = e.errors().get(0);
            return Response.status(400)
                    .entity(page(interviews.require(id), "", error.field() + ": " + error.message(), "", uri))
                    .build();
        }
    }

    @POST
    @Path("{id}/finish")
    public Response finish(@PathParam("id") long id) {
        interviews.finish(id);
        return redirect(id);
    }

    @GET
    @Path("join/{token}")
    public TemplateInstance joinPage(@PathParam("token") String token) {
        InterviewSession session = pairs.byJoinToken(token)
                .orElseThrow(() -> new NotFoundException("There is no session to join at this link."));
        return Templates.join(session, interviews.view(session).question());
    }

    @POST
    @Path("join/{token}")
    public Response join(@PathParam("token") String token) {
        return redirect(pairs.join(token)
                .orElseThrow(() -> new NotFoundException("There is no session to join at this link."))
                .id);
    }

    private TemplateInstance page(InterviewSession session, String answer, String error, String notice, UriInfo uri) {
        InterviewView view = interviews.view(session);
        if (view.report() != null) {
            return Templates.report(view);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", view.id());
        data.put("live", "pair".equals(view.mode()));
        data.put("serverNow", System.currentTimeMillis());
        if (view.endsAt() != null) {
            data.put("endsAt", view.endsAt().toEpochMilli());
        }
        if ("interviewer".equals(view.role())) {
            String joinUrl = site.absolute(uri.getBaseUri(), view.joinPath());
            return Templates.interviewer(
                    view, joinUrl, Dimensions.LABELS, pairs.rubric(session), notice, error, json.scriptSafe(data));
        }
        return Templates.turn(view, answer == null ? "" : answer, error, json.scriptSafe(data));
    }

    private static Response redirect(long id) {
        return Response.seeOther(URI.create("/interview/" + id)).build();
    }
}
