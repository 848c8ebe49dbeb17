package dev.prunelab.account.rest;

import dev.prunelab.account.Learner;
import dev.prunelab.account.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operator figures for administrators only (role {@code admin}, granted by {@code prunelab.security.admins}). */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(User.ROLE_ADMIN)
@Tag(name = "Admin", description = "Operator figures; administrators only")
public class AdminApi {

    /** How many users and learners (users plus guests with recorded activity) there are. */
    public record Stats(long users, long learners, long guests) {}

    @GET
    @Path("stats")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Counts of users and learners")
    public Stats stats() {
        return new Stats(User.count(), Learner.count(), Learner.count("userId is null"));
    }
}
