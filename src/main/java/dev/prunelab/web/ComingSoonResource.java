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
 * The sections of the site that later releases fill (Lab, Practice, Mock interview). Each navigation link
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
    static final Section PRACTICE = new Section("practice", "Practice",
            "Write answers to the question and its follow-ups and get explainable feedback.",
            List.of("A Markdown editor with a timer and autosaved drafts",
                    "Scores per rubric dimension with the sentences that earned them",
                    "Missed points linked to the lesson section that teaches them"));
    static final Section INTERVIEW = new Section("interview", "Mock interview",
            "Rehearse the interview alone or with a partner.",
            List.of("Solo: the main question, then follow-ups chosen from the gaps in your answer",
                    "Pairs: an interviewer and a candidate join one session by link",
                    "A report with scores, feedback and lessons to review"));
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

    @GET
    @Path("practice")
    public TemplateInstance practice() { return Templates.comingSoon(PRACTICE, null); }

    @GET
    @Path("interview")
    public TemplateInstance interview() { return Templates.comingSoon(INTERVIEW, null); }
}
