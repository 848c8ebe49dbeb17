package dev.prunelab.practice.rest;

import dev.prunelab.practice.Dispute;
import dev.prunelab.practice.DisputeService;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "This feedback is wrong": disputes of your own attempts' feedback. */
@Path("/api/practice/attempts/{attemptId}/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback disputes", description = "Tell us a feedback item is wrong; administrators export them")
public class DisputeApi {

    private final DisputeService disputes;

    public DisputeApi(DisputeService disputes) {
        this.disputes = disputes;
    }

    /**
     * A dispute to record.
     *
     * @param kind    misconception, missed, partial or score
     * @param item    the misconception, point or dimension id as the feedback names it
     * @param comment why it is wrong (optional, at most 1,000 characters)
     */
    public record DisputeRequest(String kind, String item, String comment) {}

    /**
     * A recorded dispute.
     *
     * @param itemText what the feedback said
     * @param sentence the flagged sentence, for a misconception
     */
    public record DisputeView(
            long id,
            long attempt,
            String question,
            String kind,
            String item,
            String itemText,
            String sentence,
            String comment,
            Instant createdAt) {
        public static DisputeView of(Dispute d) {
            return new DisputeView(
                    d.id,
                    d.attemptId,
                    d.questionId,
                    d.kind.name().toLowerCase(Locale.ROOT),
                    d.itemId,
                    d.itemText,
                    d.sentence,
                    d.comment,
                    d.createdAt);
        }
    }

    @POST
    @Operation(summary = "Dispute one item of your attempt's feedback (each item once; a repeat returns the first)")
    public Response dispute(@PathParam("attemptId") long attemptId, @Valid @NotNull DisputeRequest request) {
        Dispute dispute = disputes.dispute(attemptId, request.kind(), request.item(), request.comment());
        return Response.created(URI.create("/api/practice/attempts/" + attemptId + "/disputes"))
                .entity(DisputeView.of(dispute))
                .build();
    }

    @GET
    @Operation(summary = "Your disputes of one attempt's feedback")
    public List<DisputeView> ofAttempt(@PathParam("attemptId") long attemptId) {
        return disputes.forAttempt(attemptId).stream().map(DisputeView::of).toList();
    }
}
