package dev.prunelab.practice.rest;

import dev.prunelab.content.Drill;
import dev.prunelab.practice.AttemptService;
import dev.prunelab.practice.AttemptView;
import dev.prunelab.practice.DisputeService;
import dev.prunelab.practice.Disputes;
import dev.prunelab.practice.DrillService;
import dev.prunelab.practice.FeedbackService;
import dev.prunelab.web.FormFields;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.Rejected;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The debugging drill pages: the list, a drill's symptom with the diagnosis form, and a diagnosis's feedback with the
 * drill's explanation, sources and lab runs, which are shown only once the learner has answered.
 */
@Path("/drills")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class DrillResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Drill> drills, Map<String, Double> scores);

        static native TemplateInstance drill(
                Drill drill, String answer, List<AttemptView> history, Map<String, String> errors);

        static native TemplateInstance attempt(
                Drill drill,
                AttemptView attempt,
                List<DrillService.Reading> reading,
                boolean llmEnabled,
                Disputes disputes);
    }

    private final DrillService drills;
    private final FeedbackService feedback;
    private final DisputeService disputes;

    public DrillResource(DrillService drills, FeedbackService feedback, DisputeService disputes) {
        this.drills = drills;
        this.feedback = feedback;
        this.disputes = disputes;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(drills.drills(), drills.latestScores());
    }

    @GET
    @Path("{id}")
    public TemplateInstance drill(@PathParam("id") String id) {
        Drill drill = require(id);
        return Templates.drill(drill, "", drills.history(drill), Map.of());
    }

    /** Grades a diagnosis; an answer too short to grade or a bad field comes back beside the form's field. */
    @POST
    @Path("{id}")
    public Response diagnose(
            @PathParam("id") String id,
            @FormParam("answer") String answer,
            @FormParam("elapsedSeconds") String elapsed) {
        Drill drill = require(id);
        String text = answer == null ? "" : answer;
        try {
            AttemptService.Submission submission =
                    drills.diagnose(drill, text, null, FormFields.optionalInt("elapsedSeconds", elapsed));
            if (submission.attempt().isEmpty()) {
                return invalid(
                        drill, text, Map.of("answer", submission.feedback().message()));
            }
            return Response.seeOther(URI.create(
                            drill.href() + "/attempts/" + submission.attempt().get().id))
                    .build();
        } catch (InvalidInput e) {
            return invalid(drill, text, e.messages());
        }
    }

    @GET
    @Path("{id}/attempts/{attemptId}")
    public TemplateInstance attempt(@PathParam("id") String id, @PathParam("attemptId") long attemptId) {
        Drill drill = require(id);
        AttemptView attempt = drills.attempt(drill, attemptId)
                .orElseThrow(() -> Rejected.notFound("There is no diagnosis " + attemptId + " of this drill."));
        return Templates.attempt(
                drill,
                attempt,
                drills.reading(drill),
                feedback.llmEnabled(),
                Disputes.of(disputes.forAttempt(attemptId)));
    }

    private Response invalid(Drill drill, String answer, Map<String, String> errors) {
        return Response.status(400)
                .entity(Templates.drill(drill, answer, drills.history(drill), errors))
                .build();
    }

    private Drill require(String id) {
        return drills.find(id).orElseThrow(() -> Rejected.notFound("There is no debugging drill '" + id + "'."));
    }
}
