package dev.prunelab.progress.rest;

import dev.prunelab.account.CurrentLearner;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Quiz;
import dev.prunelab.progress.CardService;
import dev.prunelab.progress.Dashboard;
import dev.prunelab.progress.DashboardService;
import dev.prunelab.progress.ProgressEvent;
import dev.prunelab.progress.ProgressService;
import dev.prunelab.progress.QuizService;
import dev.prunelab.progress.fsrs.Grade;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.Rejected;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Progress, flashcards and quiz answers as JSON, for the signed-in user. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Progress",
        description = "Dashboard, progress events, flashcard reviews and quiz answers of the signed-in user")
public class ProgressApi {

    private final DashboardService dashboards;
    private final ProgressService progress;
    private final CardService cards;
    private final QuizService quizzes;
    private final CurrentLearner learner;
    private final ContentService content;

    public ProgressApi(
            DashboardService dashboards,
            ProgressService progress,
            CardService cards,
            QuizService quizzes,
            CurrentLearner learner,
            ContentService content) {
        this.content = content;
        this.dashboards = dashboards;
        this.progress = progress;
        this.cards = cards;
        this.quizzes = quizzes;
        this.learner = learner;
    }

    /** One recorded activity. */
    public record EventView(String kind, String subject, Boolean correct, Double score, Instant at) {}

    /** A card review request. */
    public record ReviewRequest(
            @NotNull @Pattern(regexp = "(?i)again|hard|good|easy", message = "must be one of again, hard, good, easy")
            String grade) {}

    /** A quiz answer: the option number (1-based) for a choice question, or the number for a numeric one. */
    public record AnswerRequest(
            @NotBlank(message = "must be an option number or a number") String answer) {}

    @GET
    @Path("progress")
    @Operation(
            summary =
                    "The dashboard: activity, streaks, mastery per lesson, score trends, cards due forecast, study next")
    public Dashboard dashboard() {
        return ProgressResource.currentDashboard(dashboards, learner);
    }

    @GET
    @Path("progress/events")
    @Operation(summary = "Every recorded activity, oldest first")
    public List<EventView> events() {
        return progress.events().stream()
                .map(e -> new EventView(e.kind.name(), e.subject, e.correct, e.score, e.createdAt))
                .toList();
    }

    @GET
    @Path("cards/due")
    @Operation(
            summary = "The next flashcard to review (204 when none is due), with the interval each grade would give;"
                    + " with lesson, the next of that lesson's cards")
    public CardService.Due due(@QueryParam("lesson") String lesson) {
        return cards.next(cards.sessionLesson(lesson)).orElse(null);
    }

    @POST
    @Path("cards/{id}/review")
    @Operation(
            summary =
                    "Grade a flashcard (again, hard, good, easy) and schedule its next review: intervalDays is 0 while"
                            + " the card is in its learning steps (minutes apart; see dueInMinutes)")
    public Map<String, Object> review(@PathParam("id") String id, @Valid @NotNull ReviewRequest request) {
        try {
            CardService.Reviewed reviewed = cards.review(id, Grade.parse(request.grade()));
            return Map.of(
                    "card",
                    id,
                    "grade",
                    request.grade().toLowerCase(),
                    "intervalDays",
                    reviewed.days(),
                    "dueInMinutes",
                    reviewed.interval().minutes(),
                    "due",
                    reviewed.interval().label());
        } catch (InvalidInput e) {
            throw Rejected.notFound("There is no flashcard '" + id + "'.");
        }
    }

    @POST
    @Path("quizzes/{lesson}/{question}/answers")
    @Operation(summary = "Answer a quiz question; the answer is checked and recorded")
    public QuizService.Answer answer(
            @PathParam("lesson") String lesson,
            @PathParam("question") String question,
            @Valid @NotNull AnswerRequest request) {
        Quiz quiz = quizzes.quiz(lesson)
                .orElseThrow(() -> new NotFoundException("There is no quiz for lesson '" + lesson + "'."));
        if (quiz.questions().stream().noneMatch(q -> q.id().equals(question))) {
            throw new NotFoundException("There is no question '" + question + "' in this quiz.");
        }
        return quizzes.answer(quiz, question, request.answer());
    }

    /** Kinds of activity, for clients. */
    @GET
    @Path("progress/kinds")
    @Operation(summary = "The kinds of activity that are recorded")
    public List<String> kinds() {
        return Arrays.stream(ProgressEvent.Kind.values()).map(Enum::name).toList();
    }
}
