package dev.prunelab.lab.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.account.CurrentLearner;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.LabPreset;
import dev.prunelab.lab.ExperimentEvent;
import dev.prunelab.lab.ExperimentService;
import dev.prunelab.lab.ExperimentView;
import dev.prunelab.lab.spec.ExperimentRequest;
import dev.prunelab.web.ClientAddress;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.StreamSlots;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The lab's JSON API: start, follow, cancel and list experiments; the presets. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lab", description = "Pruning experiments")
public class ExperimentApi {

    /** A preset as the API lists it: its content entry and the spec it runs. */
    public record PresetView(
            String id,
            String title,
            String lesson,
            String summary,
            String url,
            ExperimentRequest spec,
            LabPreset.Prediction prediction,
            int seconds,
            boolean startHere) {}

    /** How soon a browser asks again when a stream ends before the experiment does (it waits, or runs elsewhere). */
    private static final long RECONNECT_MILLIS = 1000;

    private final ExperimentService experiments;
    private final ContentService content;
    private final ObjectMapper json;
    private final StreamSlots streams;
    private final CurrentLearner learner;

    public ExperimentApi(
            ExperimentService experiments,
            ContentService content,
            ObjectMapper json,
            StreamSlots streams,
            CurrentLearner learner) {
        this.experiments = experiments;
        this.content = content;
        this.json = json;
        this.streams = streams;
        this.learner = learner;
    }

    @POST
    @Path("experiments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start an experiment",
            description = "A preset ({\"preset\": \"schedules\"}) with optional "
                    + "overrides, or a full spec. Fields the model or schedule does not use (hidden for a tree or CNN, folds for "
                    + "a network, rounds for one-shot, scope for lottery) are ignored, not checked, and absent from the returned "
                    + "spec. 201 with the experiment (done at once when the same spec and seed ran before); 400 problem+json "
                    + "naming each bad field and its allowed range; 429 with Retry-After when the lab is full or a visitor who "
                    + "is not signed in has used their allowance (stored results do not count). With a preset, "
                    + "?prediction=<index> records the learner's answer to the preset's question (GET /api/lab/presets) "
                    + "before it runs; the experiment shows it beside the outcome.")
    public Response submit(
            ExperimentRequest request, @QueryParam("prediction") String prediction, @Context HttpServerRequest http) {
        ExperimentRequest body = request == null ? ExperimentRequest.empty() : request;
        ExperimentView view = experiments.submit(body, ClientAddress.of(http), predictionIndex(prediction));
        return Response.created(URI.create("/api/experiments/" + view.id()))
                .entity(view)
                .build();
    }

    @GET
    @Path("experiments/{id}")
    @Operation(summary = "An experiment: status, progress while it runs, result once done")
    public ExperimentView get(@PathParam("id") long id) {
        return experiments.find(id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("experiments/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking // the ownership check reads the database; the stream itself is pushed by the worker
    @Operation(
            summary = "Progress as Server-Sent Events",
            description = "Events named by status: queued, running "
                    + "(progress: phase, fraction, step, epoch, loss, sparsity, ETA), then one of done, failed, cancelled, "
                    + "interrupted, after which the stream ends; cancelling between a cancel and the run's stop. While it "
                    + "waits, or runs on another instance, the stream sends its state and ends, asking to be reopened "
                    + "after a second.")
    public Multi<OutboundSseEvent> events(@PathParam("id") long id, @Context Sse sse) {
        Multi<ExperimentEvent> events = experiments.events(id).orElseThrow(() -> notFound(id));
        return streams.open(learner.limitKey(), events)
                .map(event -> sse.newEventBuilder()
                        .name(event.status())
                        .reconnectDelay(RECONNECT_MILLIS)
                        .id(String.valueOf(System.nanoTime()))
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(write(event))
                        .build());
    }

    @DELETE
    @Path("experiments/{id}")
    @Operation(summary = "Cancel a queued or running experiment", description = "409 if it has finished already.")
    public ExperimentView cancel(@PathParam("id") long id) {
        return experiments.cancel(id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("experiments")
    @Operation(summary = "The caller's experiments, newest first (without results)")
    public List<ExperimentView> history() {
        return experiments.history();
    }

    @GET
    @Path("lab/presets")
    @Operation(summary = "The lab presets with the spec each runs")
    public List<PresetView> presets() {
        return content.catalog().presets().stream()
                .map(p -> new PresetView(
                        p.id(),
                        p.title(),
                        p.lesson(),
                        p.summary(),
                        p.href(),
                        experiments
                                .resolve(ExperimentRequest.ofPreset(p.id()))
                                .spec()
                                .map(spec -> spec.toRequest())
                                .orElse(null),
                        p.prediction(),
                        p.seconds(),
                        p.startHere()))
                .toList();
    }

    private static Integer predictionIndex(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("prediction", "must be the index of one of the preset's answers (0, 1, …)");
        }
    }

    private String write(ExperimentEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("You have no experiment " + id + ".");
    }
}
