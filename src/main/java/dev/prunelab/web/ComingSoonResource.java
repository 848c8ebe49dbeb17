package dev.prunelab.web;

import dev.prunelab.content.ContentService;
import dev.prunelab.content.LabPreset;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The sections of the site that later releases fill (the Lab). Each navigation link
 * leads to a page saying what is coming, never to a 404. Lab preset links from lessons show what the preset will do.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ComingSoonResource {

    /** One upcoming section: its navigation key, heading, promise and the things it will let you do. */
    public record Section(String key, String title, String promise, List<String> features) {}

    static final Section LAB = new Section("lab", "The pruning lab",
            "Run real pruning experiments on small models in the server and watch what they do.",
            List.of("Presets for every idea in the lessons: magnitude vs random, global vs layer-wise, schedules, lottery tickets, 2:4 sparsity, tree pruning",
                    "Live progress while a model trains and is pruned",
                    "Accuracy-vs-sparsity charts with data tables and downloads"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance comingSoon(Section section, LabPreset preset);
    }

    private final ContentService content;

    public ComingSoonResource(ContentService content) {
        this.content = content;
    }

    @GET
    @Path("lab")
    public TemplateInstance lab() { return Templates.comingSoon(LAB, null); }

    @GET
    @Path("lab/presets/{id}")
    public TemplateInstance preset(@PathParam("id") String id) {
        LabPreset preset = content.catalog().preset(id)
                .orElseThrow(() -> new NotFoundException("There is no lab preset with this id."));
        return Templates.comingSoon(LAB, preset);
    }
}
