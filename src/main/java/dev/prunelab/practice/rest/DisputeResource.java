package dev.prunelab.practice.rest;

import dev.prunelab.practice.Dispute;
import dev.prunelab.practice.DisputeService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;

/** The "this feedback is wrong" buttons on an attempt's page. */
@Path("/practice/attempts/{attemptId}/disputes")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class DisputeResource {

    private final DisputeService disputes;

    public DisputeResource(DisputeService disputes) {
        this.disputes = disputes;
    }

    @POST
    public Response dispute(
            @PathParam("attemptId") long attemptId,
            @FormParam("kind") String kind,
            @FormParam("item") String item,
            @FormParam("comment") String comment) {
        Dispute dispute = disputes.dispute(attemptId, kind, item, comment);
        return Response.seeOther(URI.create(disputes.pageOf(dispute) + "#dispute-"
                        + dispute.kind.name().toLowerCase(Locale.ROOT) + "-" + dispute.itemId))
                .build();
    }
}
