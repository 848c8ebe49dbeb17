package dev.prunelab.practice.rest;

import dev.prunelab.account.User;
import dev.prunelab.practice.Dispute;
import dev.prunelab.practice.DisputeService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The administrators' list of feedback disputes (JSON at {@code /api/admin/disputes}). */
@Path("/admin/disputes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(User.ROLE_ADMIN)
public class DisputeAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(List<Row> disputes, int limit);
    }

    /** A dispute with the answer it was made on. */
    public record Row(Dispute dispute, String answer) {}

    private final DisputeService disputes;

    public DisputeAdminResource(DisputeService disputes) {
        this.disputes = disputes;
    }

    @GET
    public TemplateInstance admin() {
        List<Row> rows = disputes.newest().stream()
                .map(d -> new Row(d, disputes.attemptOf(d).map(a -> a.answer).orElse("")))
                .toList();
        return Templates.admin(rows, DisputeService.ADMIN_PAGE);
    }
}
