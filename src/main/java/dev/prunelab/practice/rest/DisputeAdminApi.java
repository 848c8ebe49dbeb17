package dev.prunelab.practice.rest;

import dev.prunelab.account.User;
import dev.prunelab.practice.DisputeService;
import dev.prunelab.practice.rest.DisputeApi.DisputeView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every learner's feedback disputes with the answers they were made on, for administrators growing the graded set. */
@Path("/api/admin/disputes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(User.ROLE_ADMIN)
@Tag(name = "Admin", description = "Operator figures; administrators only")
public class DisputeAdminApi {

    private final DisputeService disputes;

    public DisputeAdminApi(DisputeService disputes) {
        this.disputes = disputes;
    }

    /** A dispute with the answer it was made on. */
    public record DisputeExport(DisputeView dispute, String answer) {}

    @GET
    @Operation(summary = "Every feedback dispute with its answer, newest first (administrators only)")
    public List<DisputeExport> export() {
        return disputes.newest().stream()
                .map(d -> new DisputeExport(
                        DisputeView.of(d),
                        disputes.attemptOf(d).map(a -> a.answer).orElse(null)))
                .toList();
    }
}
