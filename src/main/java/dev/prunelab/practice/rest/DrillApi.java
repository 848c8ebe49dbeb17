package dev.prunelab.practice.rest;

import dev.prunelab.content.Drill;
import dev.prunelab.practice.Attempt;
import dev.prunelab.practice.AttemptService;
import dev.prunelab.practice.AttemptView;
import dev.prunelab.practice.DrillService;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.Rejected;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Debugging drills as JSON. A drill is listed without its explanation; posting a diagnosis grades and stores it as a
 * practice attempt (readable afterwards under {@code /api/practice/attempts/{id}}) and answers the explanation with
 * its sources and lab runs.
 */
@Path("/api/drills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Drills", description = "Debugging drills: symptoms to diagnose, graded like practice answers")
public class DrillApi {

    private final DrillService drills;

    public DrillApi(DrillService drills) {
        this.drills = drills;
    }

    /** A drill before it is answered: the symptom and the prompt, not the explanation. */
    public record DrillSummary(
            String id, int number, String title, String symptom, String prompt, int minutes, String href) {
        static DrillSummary of(Drill d) {
            return new DrillSummary(d.id(), d.number(), d.title(), d.symptomText(), d.prompt(), d.minutes(), d.href());
        }
    }

    /** What a drill teaches once it is answered. */
    public record Explanation(String html, List<Drill.Source> sources, List<Drill.LabRun> lab, List<String> lessons) {
        static Explanation of(Drill d) {
            return new Explanation(
                    d.html(),
                    d.sources(),
                    d.lab(),
                    d.lessons().stream().map(l -> l.href()).toList());
        }
    }

    /** A graded diagnosis and the drill's explanation. */
    public record Diagnosis(AttemptView attempt, Explanation explanation) {}

    @GET
    @Operation(summary = "The debugging drills, in order, with their symptoms (explanations come with an answer)")
    public List<DrillSummary> list() {
        return drills.drills().stream().map(DrillSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One debugging drill's symptom and prompt")
    public DrillSummary drill(@PathParam("id") String id) {
        return DrillSummary.of(require(id));
    }

    @POST
    @Path("{id}/attempts")
    @Operation(
            summary =
                    "Submit a diagnosis: it is graded by the drill's rubric, stored as a practice attempt and recorded in progress; the answer carries the explanation")
    public Response diagnose(@PathParam("id") String id, @Valid @NotNull PracticeApi.AttemptRequest request) {
        Drill drill = require(id);
        AttemptService.Submission submission =
                drills.diagnose(drill, request.answer(), request.timeBoxMinutes(), request.elapsedSeconds());
        if (submission.attempt().isEmpty()) {
            throw InvalidInput.of("answer", submission.feedback().message());
        }
        Attempt attempt = submission.attempt().get();
        return Response.created(URI.create("/api/practice/attempts/" + attempt.id))
                .entity(new Diagnosis(AttemptView.of(attempt, submission.feedback()), Explanation.of(drill)))
                .build();
    }

    @GET
    @Path("{id}/attempts")
    @Operation(summary = "Your diagnoses of a drill, oldest first, with their feedback")
    public List<AttemptView> history(@PathParam("id") String id) {
        return drills.history(require(id));
    }

    private Drill require(String id) {
        return drills.find(id).orElseThrow(() -> Rejected.notFound("There is no debugging drill '" + id + "'."));
    }
}
