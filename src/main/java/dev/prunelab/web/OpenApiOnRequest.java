package dev.prunelab.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Makes Quarkus write the OpenAPI document ({@code /q/openapi}) when it is asked for instead of at start-up.
 *
 * <p>With no per-request filter, Quarkus serializes the document to both JSON and YAML on the start-up's main thread,
 * although few visitors ever fetch it. A filter
 * registered for {@link OpenApiFilter.RunStage#RUNTIME_PER_REQUEST} makes the document dynamic: the model is still read
 * at start-up, but it is written per request. This filter leaves the model as it is; it only marks the document as one
 * written on demand (the supported replacement of the deprecated {@code quarkus.smallrye-openapi.always-run-filter}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class OpenApiOnRequest implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // Nothing to change: see the class comment.
    }
}
