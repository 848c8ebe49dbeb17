package dev.prunelab.practice.rest;

import dev.prunelab.content.Rubric;
import dev.prunelab.practice.Attempt;
import dev.prunelab.practice.AttemptComparison;
import dev.prunelab.practice.AttemptService;
import dev.prunelab.practice.AttemptView;
import dev.prunelab.practice.Dimensions;
import dev.prunelab.practice.DisputeService;
import dev.prunelab.practice.Disputes;
import dev.prunelab.practice.Draft;
import dev.prunelab.practice.DraftService;
import dev.prunelab.practice.FeedbackService;
import dev.prunelab.practice.PracticeQuestion;
import dev.prunelab.practice.feedback.Feedback;
import dev.prunelab.practice.feedback.FeedbackEngine;
import dev.prunelab.web.FormFields;
import dev.prunelab.web.InvalidInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The practice pages: the question list, the writing workspace, an attempt's feedback and two attempts compared. */
@Path("/practice")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PracticeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(
                List<PracticeQuestion> questions,
                Map<String, String> dimensions,
                Map<String, String> cards,
                String card,
                String dimension,
                String kind,
                String q,
                int total);

        static native TemplateInstance workspace(
                PracticeQuestion question,
                String answer,
                Integer timeBoxMinutes,
                List<Integer> timeBoxes,
                Integer elapsedSeconds,
                Optional<Draft> draft,
                List<AttemptView> history,
                String pageData,
                Map<String, String> errors,
                List<Rubric.Dimension> dimensions,
                Feedback.LengthTarget target);

        static native TemplateInstance attempt(
                PracticeQuestion question,
                AttemptView attempt,
                boolean llmEnabled,
                Optional<Long> previousId,
                Disputes disputes);

        static native TemplateInstance compare(PracticeQuestion question, AttemptComparison comparison);
    }

    /** The time boxes the workspace offers, in minutes. */
    static final List<Integer> TIME_BOXES = List.of(2, 5, 10, 15, 20, 30);

    private final FeedbackService feedback;
    private final AttemptService attempts;
    private final DraftService drafts;
    private final WorkspaceData workspaceData;
    private final DisputeService disputes;

    public PracticeResource(
            FeedbackService feedback,
            AttemptService attempts,
            DraftService drafts,
            WorkspaceData workspaceData,
            DisputeService disputes) {
        this.feedback = feedback;
        this.attempts = attempts;
        this.drafts = drafts;
        this.workspaceData = workspaceData;
        this.disputes = disputes;
    }

    @GET
    public TemplateInstance index(
            @QueryParam("card") String card,
            @QueryParam("dimension") String dimension,
            @QueryParam("kind") String kind,
            @QueryParam("q") String q) {
        List<PracticeQuestion> all = feedback.questions();
        return Templates.index(
                filter(all, card, dimension, kind, q),
                Dimensions.LABELS,
                feedback.cardTitles(),
                blank(card),
                blank(dimension),
                blank(kind),
                blank(q),
                all.size());
    }

    /** The questions matching a dimension id, a kind ({@code question} or {@code follow-up}) and words of the prompt. */
    static List<PracticeQuestion> filter(List<PracticeQuestion> questions, String dimension, String kind, String text) {
        return filter(questions, null, dimension, kind, text);
    }

    /**
     * The questions of a question card (its main question and follow-ups; every card when blank) matching a dimension
     * id, a kind ({@code question} or {@code follow-up}) and words of the prompt.
     */
    static List<PracticeQuestion> filter(
            List<PracticeQuestion> questions, String card, String dimension, String kind, String text) {
        String words = blank(text).toLowerCase(Locale.ROOT);
        return questions.stream()
                .filter(q -> blank(card).isEmpty() || q.cardId().equals(card))
                .filter(q -> blank(dimension).isEmpty()
                        || q.dimension().equals(dimension)
                        || q.dimension().equals("all"))
                .filter(q -> blank(kind).isEmpty() || (kind.equals("follow-up") == q.followUp()))
                .filter(q -> words.isEmpty()
                        || q.prompt().toLowerCase(Locale.ROOT).contains(words)
                        || q.id().contains(words))
                .toList();
    }

    @GET
    @Path("{id}")
    public TemplateInstance workspace(@PathParam("id") String id) {
        PracticeQuestion question = requireQuestion(id);
        Optional<Draft> draft = drafts.find(id);
        return workspacePage(
                question,
                draft.map(d -> d.answer).orElse(""),
                draft.map(d -> d.timeBoxMinutes).orElse(null),
                draft.map(d -> d.elapsedSeconds).orElse(0),
                Map.of());
    }

    @POST
    @Path("{id}")
    public Response submit(
            @PathParam("id") String id,
            @FormParam("answer") String answer,
            @FormParam("timeBoxMinutes") String timeBox,
            @FormParam("elapsedSeconds") String elapsed) {
        PracticeQuestion question = requireQuestion(id);
        String text = answer == null ? "" : answer;
        try {
            Integer minutes = FormFields.optionalInt("timeBoxMinutes", timeBox);
            Integer seconds = FormFields.optionalInt("elapsedSeconds", elapsed);
            AttemptService.Submission submission = attempts.submit(id, text, minutes, seconds);
            if (submission.attempt().isEmpty()) {
                drafts.save(id, text, minutes, seconds);
                return Response.status(400)
                        .entity(workspacePage(
                                question,
                                text,
                                minutes,
                                seconds == null ? 0 : seconds,
                                Map.of("answer", submission.feedback().message())))
                        .build();
            }
            return Response.seeOther(URI.create(
                            "/practice/attempts/" + submission.attempt().get().id))
                    .build();
        } catch (InvalidInput e) {
            return Response.status(400)
                    .entity(workspacePage(question, text, null, 0, e.messages()))
                    .build();
        }
    }

    @GET
    @Path("attempts/{attemptId}")
    public TemplateInstance attempt(@PathParam("attemptId") long attemptId) {
        AttemptView view = view(attemptId);
        List<Attempt> history = attempts.history(view.questionId());
        Optional<Long> previous = history.stream()
                .filter(a -> a.createdAt.isBefore(view.createdAt()))
                .reduce((a, b) -> b)
                .map(a -> a.id);
        return Templates.attempt(
                requireQuestion(view.questionId()),
                view,
                feedback.llmEnabled(),
                previous,
                Disputes.of(disputes.forAttempt(attemptId)));
    }

    @GET
    @Path("{id}/compare")
    public TemplateInstance compare(
            @PathParam("id") String id, @QueryParam("first") Long first, @QueryParam("second") Long second) {
        PracticeQuestion question = requireQuestion(id);
        if (first == null || second == null) {
            throw new BadRequestException("Choose two attempts to compare.");
        }
        AttemptView a = view(first), b = view(second);
        if (!a.questionId().equals(id) || !b.questionId().equals(id)) {
            throw new NotFoundException("These attempts are not answers to this question.");
        }
        return Templates.compare(question, AttemptComparison.of(a, b));
    }

    private TemplateInstance workspacePage(
            PracticeQuestion question, String answer, Integer timeBox, int elapsed, Map<String, String> errors) {
        List<AttemptView> history = attempts.history(question.id()).stream()
                .map(a -> AttemptView.of(a, attempts.feedback(a)))
                .toList();
        Optional<Draft> draft = drafts.find(question.id());
        return Templates.workspace(
                question,
                answer,
                timeBox,
                TIME_BOXES,
                elapsed,
                draft,
                history,
                workspaceData.json(question, draft, history),
                errors,
                feedback.dimensions(question.id()),
                FeedbackEngine.target(question.minutes()));
    }

    private AttemptView view(long attemptId) {
        Attempt attempt = attempts.find(attemptId)
                .orElseThrow(() -> new NotFoundException("There is no attempt " + attemptId + "."));
        return AttemptView.of(attempt, attempts.feedback(attempt));
    }

    private PracticeQuestion requireQuestion(String id) {
        return feedback.question(id)
                .orElseThrow(() -> new NotFoundException("There is no practice question '" + id + "'."));
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }
}
