package dev.prunelab.lab.rest;

import dev.prunelab.content.ContentService;
import dev.prunelab.content.LabPreset;
import dev.prunelab.lab.ExperimentService;
import dev.prunelab.lab.ExperimentView;
import dev.prunelab.lab.LabFullException;
import dev.prunelab.lab.spec.ExperimentRequest;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.Presets;
import dev.prunelab.lab.spec.SpecResolver;
import dev.prunelab.web.AnonymousPage;
import dev.prunelab.web.AnonymousPages;
import dev.prunelab.web.ClientAddress;
import dev.prunelab.web.FieldError;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The lab pages: presets and the experiment builder ({@code /lab}), a preset ({@code /lab/presets/{id}}), and an
 * experiment's live progress and result ({@code /lab/experiments/{id}}, a permalink for its owner). Forms post here
 * with a CSRF token; charts are drawn by {@code /js/lab.js} from the JSON API.
 */
@Path("/lab")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class LabResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lab(
                List<LabViews.PresetCard> presets,
                BuilderForm form,
                Map<String, String> errors,
                LabViews.Choices choices,
                List<ExperimentView> history,
                LabViews.Notice notice);

        static native TemplateInstance preset(LabViews.PresetCard card, ExperimentSpec spec, List<ExperimentView> runs);

        static native TemplateInstance experiment(
                ExperimentView experiment,
                ExperimentSpec spec,
                Optional<LabViews.PresetCard> preset,
                Optional<LabViews.PredictionView> prediction,
                long nextSeed);
    }

    private final ExperimentService experiments;
    private final ContentService content;

    public LabResource(ExperimentService experiments, ContentService content) {
        this.experiments = experiments;
        this.content = content;
    }

    /**
     * The lab; {@code ?from=<id>} fills the builder with that experiment's spec ("change one setting"),
     * {@code ?preset=<id>} with a preset's. A visitor who is not signed in and has no experiments gets the page from
     * memory (with their own CSRF token in its forms): it shows only the catalog's presets and the builder.
     */
    @GET
    @AnonymousPage(capacity = 64)
    public TemplateInstance lab(@QueryParam("from") Long from, @QueryParam("preset") String preset) {
        Optional<ExperimentRequest> presetSpec = Optional.ofNullable(preset).flatMap(experiments.presets()::request);
        ExperimentRequest start =
                from != null ? experiments.request(from).orElse(Presets.CUSTOM) : presetSpec.orElse(Presets.CUSTOM);
        List<ExperimentView> history = experiments.history();
        TemplateInstance page = page(BuilderForm.of(start), Map.of(), null, history);
        return history.isEmpty() ? page : AnonymousPages.personal(page);
    }

    @GET
    @Path("presets/{id}")
    public TemplateInstance preset(@PathParam("id") String id) {
        LabPreset preset = content.catalog()
                .preset(id)
                .orElseThrow(() -> new NotFoundException("There is no lab preset with this id."));
        ExperimentSpec spec =
                experiments.resolve(ExperimentRequest.ofPreset(id)).orThrow();
        List<ExperimentView> runs = experiments.history().stream()
                .filter(e -> id.equals(e.preset()))
                .limit(10)
                .toList();
        return Templates.preset(LabViews.PresetCard.of(content.catalog(), preset), spec, runs);
    }

    /** Starts an experiment from the builder or a preset's Run button; errors come back beside the fields. */
    @POST
    @Path("run")
    public Response run(@BeanParam BuilderForm form, @Context HttpServerRequest request) {
        List<FieldError> typing = new ArrayList<>();
        SpecResolver.Resolution resolution = experiments.resolve(form.toRequest(typing));
        // the form shows every field: text that is no number in a field the experiment does not use is ignored
        List<FieldError> typingUsed = new ArrayList<>(
                typing.stream().filter(e -> resolution.uses(e.field())).toList());
        Integer prediction = form.prediction(typingUsed);
        Map<String, String> errors = form.messages(typingUsed, resolution.errors());
        boolean fromBuilder = form.builder != null;
        BuilderForm shown = fromBuilder ? form : BuilderForm.of(resolution.merged());
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(page(
                            shown,
                            errors,
                            new LabViews.Notice("Please correct the settings marked below.", true, false)))
                    .build();
        }
        return start(resolution.orThrow(), prediction, request, shown, fromBuilder);
    }

    @GET
    @Path("experiments/{id}")
    public TemplateInstance experiment(@PathParam("id") long id) {
        ExperimentView view = experiments.find(id).orElseThrow(() -> ExperimentApi.notFound(id));
        ExperimentSpec spec = experiments.spec(id).orElseThrow();
        Optional<LabViews.PresetCard> preset = Optional.ofNullable(view.preset())
                .flatMap(p -> content.catalog().preset(p))
                .map(p -> LabViews.PresetCard.of(content.catalog(), p));
        return Templates.experiment(
                view, spec, preset, LabViews.PredictionView.of(preset, view.prediction()), spec.seed() + 1);
    }

    @POST
    @Path("experiments/{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        experiments.cancel(id).orElseThrow(() -> ExperimentApi.notFound(id));
        return Response.seeOther(URI.create("/lab/experiments/" + id)).build();
    }

    /** "Run again with seed …": the same spec with another seed. */
    @POST
    @Path("experiments/{id}/rerun")
    public Response rerun(@PathParam("id") long id, @RestForm String seed, @Context HttpServerRequest request) {
        ExperimentRequest spec = experiments.request(id).orElseThrow(() -> ExperimentApi.notFound(id));
        BuilderForm form = BuilderForm.of(spec);
        form.seed = seed;
        return run(form, request);
    }

    private Response start(
            ExperimentSpec spec,
            Integer prediction,
            HttpServerRequest request,
            BuilderForm shown,
            boolean fromBuilder) {
        try {
            ExperimentView view = experiments.submit(spec, ClientAddress.of(request), prediction);
            return Response.seeOther(URI.create(view.url())).build();
        } catch (LabFullException e) {
            return Response.status(429)
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                    .entity(page(shown, Map.of(), new LabViews.Notice(e.getMessage(), fromBuilder, e.signInHelps())))
                    .build();
        }
    }

    private TemplateInstance page(BuilderForm form, Map<String, String> errors, LabViews.Notice notice) {
        return page(form, errors, notice, experiments.history());
    }

    private TemplateInstance page(
            BuilderForm form, Map<String, String> errors, LabViews.Notice notice, List<ExperimentView> history) {
        return Templates.lab(
                LabViews.PresetCard.all(content.catalog()), form, errors, LabViews.Choices.ALL, history, notice);
    }
}
