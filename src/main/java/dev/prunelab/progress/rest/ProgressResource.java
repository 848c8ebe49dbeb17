package dev.prunelab.progress.rest;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.account.User;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.Quiz;
import dev.prunelab.progress.CardService;
import dev.prunelab.progress.Dashboard;
import dev.prunelab.progress.DashboardService;
import dev.prunelab.progress.QuizService;
import dev.prunelab.progress.QuizView;
import dev.prunelab.progress.fsrs.Grade;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.Json;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The progress pages: dashboard, flashcard review, and each lesson's quiz. Guests use them too. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ProgressResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard dashboard, String json, boolean signedIn);

        static native TemplateInstance cards(
                Optional<CardService.Due> due, Optional<Lesson> lesson, String lastResult, String error);

        static native TemplateInstance quiz(QuizView view);

        static native TemplateInstance quiz$question(QuizView.QuestionView q);

        static native TemplateInstance quiz$summary(QuizView view);
    }

    private final DashboardService dashboards;
    private final CardService cards;
    private final QuizService quizzes;
    private final ContentService content;
    private final CurrentLearner learner;
    private final Json json;

    public ProgressResource(
            DashboardService dashboards,
            CardService cards,
            QuizService quizzes,
            ContentService content,
            CurrentLearner learner,
            Json json) {
        this.dashboards = dashboards;
        this.cards = cards;
        this.quizzes = quizzes;
        this.content = content;
        this.learner = learner;
        this.json = json;
    }

    @GET
    @Path("progress")
    public TemplateInstance dashboard() {
        Dashboard dashboard = currentDashboard(dashboards, learner);
        return Templates.dashboard(dashboard, json.scriptSafe(dashboard), learner.signedIn());
    }

    /** The current learner's dashboard in their time zone (UTC for guests). */
    static Dashboard currentDashboard(DashboardService dashboards, CurrentLearner learner) {
        ZoneId zone = learner.userId()
                .map(id -> User.<User>findById(id))
                .map(u -> ZoneId.of(u.timeZone))
                .orElse(ZoneId.of("UTC"));
        return dashboards.build(learner.findId(), zone, Instant.now());
    }

    /** The review session: every lesson's cards, or with {@code lesson} one lesson's only. */
    @GET
    @Path("progress/cards")
    public Response cards(@QueryParam("lesson") String lessonId, @QueryParam("last") String last) {
        Optional<Lesson> lesson;
        try {
            lesson = cards.sessionLesson(lessonId);
        } catch (InvalidInput e) {
            return Response.status(400)
                    .entity(Templates.cards(Optional.empty(), Optional.empty(), "", e.getMessage()))
                    .build();
        }
        return Response.ok(Templates.cards(cards.next(lesson), lesson, last == null ? "" : last, ""))
                .build();
    }

    @POST
    @Path("progress/cards/{cardId}")
    public Response review(
            @PathParam("cardId") String cardId,
            @FormParam("grade") String grade,
            @FormParam("lesson") String lessonId) {
        Optional<Lesson> lesson = Optional.empty();
        try {
            lesson = cards.sessionLesson(lessonId);
            CardService.Reviewed reviewed = cards.review(cardId, Grade.parse(grade));
            String last = reviewed.grade().label() + ": "
                    + (reviewed.days() == 0 ? "back in " : "next review in ")
                    + reviewed.interval().label() + ".";
            String session = lesson.map(l -> "lesson=" + l.id() + "&").orElse("");
            return Response.seeOther(URI.create(
                            "/progress/cards?" + session + "last=" + URLEncoder.encode(last, StandardCharsets.UTF_8)))
                    .build();
        } catch (InvalidInput e) {
            return Response.status(400)
                    .entity(Templates.cards(cards.next(lesson), lesson, "", e.getMessage()))
                    .build();
        }
    }

    @GET
    @Path("learn/{id}/quiz")
    public TemplateInstance quiz(@PathParam("id") String lessonId) {
        return Templates.quiz(quizView(lessonId, "", ""));
    }

    /**
     * Checks one answer. A form post is answered with the quiz page at that question; the page's script asks for
     * {@code partial=true} and gets just the question and the score panel, which it swaps in place, so nothing typed
     * elsewhere on the page is lost.
     */
    @POST
    @Path("learn/{id}/quiz/{questionId}")
    public Response answer(
            @PathParam("id") String lessonId,
            @PathParam("questionId") String questionId,
            @FormParam("answer") String answer,
            @QueryParam("partial") boolean partial) {
        Quiz quiz = requireQuiz(lessonId);
        String error = "";
        try {
            quizzes.answer(quiz, questionId, answer);
        } catch (InvalidInput e) {
            error = "Your answer: " + e.getMessage() + ".";
        }
        int status = error.isEmpty() ? 200 : 400;
        if (partial) {
            QuizView view = quizView(lessonId, questionId, error);
            String html = view.questions().stream()
                            .filter(q -> q.question().id().equals(questionId))
                            .map(q -> Templates.quiz$question(q).render())
                            .findFirst()
                            .orElse("")
                    + Templates.quiz$summary(view).render();
            return Response.status(status)
                    .type(MediaType.TEXT_HTML)
                    .entity(html)
                    .build();
        }
        if (!error.isEmpty()) {
            return Response.status(status)
                    .entity(Templates.quiz(quizView(lessonId, questionId, error)))
                    .build();
        }
        return Response.seeOther(URI.create("/learn/" + lessonId + "/quiz#" + questionId))
                .build();
    }

    @POST
    @Path("learn/{id}/quiz/restart")
    public Response restart(@PathParam("id") String lessonId) {
        quizzes.restart(requireQuiz(lessonId));
        return Response.seeOther(URI.create("/learn/" + lessonId + "/quiz")).build();
    }

    private Quiz requireQuiz(String lessonId) {
        return quizzes.quiz(lessonId).orElseThrow(() -> new NotFoundException("There is no quiz for this lesson."));
    }

    private QuizView quizView(String lessonId, String errorQuestion, String error) {
        Lesson lesson = content.catalog()
                .lesson(lessonId)
                .orElseThrow(() -> new NotFoundException("There is no lesson with this id."));
        return quizzes.view(lesson, requireQuiz(lessonId), errorQuestion, error);
    }
}
