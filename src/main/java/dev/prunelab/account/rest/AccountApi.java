package dev.prunelab.account.rest;

import dev.prunelab.account.AccountService;
import dev.prunelab.account.CurrentLearner;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's account as JSON: export everything, or delete everything. */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Account", description = "The signed-in user's data")
public class AccountApi {

    private final AccountService accounts;
    private final CurrentLearner learner;

    public AccountApi(AccountService accounts, CurrentLearner learner) {
        this.accounts = accounts;
        this.learner = learner;
    }

    @GET
    @Path("export")
    @Operation(summary = "Everything stored about the signed-in user")
    public Map<String, Object> export() {
        return accounts.export(learner.userId().orElseThrow());
    }

    @DELETE
    @Operation(summary = "Delete the signed-in user's account and all their data")
    public Response delete() {
        accounts.delete(learner.userId().orElseThrow());
        return Response.noContent().build();
    }
}
